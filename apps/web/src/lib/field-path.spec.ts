import { fieldPath } from './field-path';

describe('fieldPath', () => {
  it('turns the API’s dotted field into a form name path', () => {
    expect(fieldPath('idNumber')).toEqual(['idNumber']);
    expect(fieldPath('emergencyContacts.0.phone')).toEqual(['emergencyContacts', 0, 'phone']);
  });
});
