import { checkDigit } from '@shared/residents/id-number';
import { idNumberChecklist } from './id-number-checklist';

const TODAY = '2026-01-01';
const valid = (first17: string) => `${first17}${checkDigit(first17)}`;

describe('the 身份证 checklist of the registration form', () => {
  it('waits while digits are still being typed', () => {
    expect(idNumberChecklist('1101051949', TODAY)).toMatchObject({ typed: 10, length: 'pending', birthDate: 'pending', checkDigit: 'pending', failed: null });
  });

  it('refuses a letter, an early X or a 19th character at once', () => {
    expect(idNumberChecklist('11010A', TODAY)).toMatchObject({ length: 'fail', failed: 'length' });
    expect(idNumberChecklist('1101051949123100X2', TODAY)).toMatchObject({ length: 'fail' });
    expect(idNumberChecklist('11010519491231002X1', TODAY)).toMatchObject({ length: 'fail' });
  });

  it('names an impossible or future date of birth', () => {
    expect(idNumberChecklist('500112194802301234', TODAY)).toMatchObject({ length: 'pass', birthDate: 'fail', failed: 'birth_date' });
    expect(idNumberChecklist(valid('33020320300101123'), TODAY)).toMatchObject({ birthDate: 'fail', failed: 'future_birth_date' });
  });

  it('names a wrong check digit', () => {
    expect(idNumberChecklist('110105194912310021', TODAY)).toMatchObject({ length: 'pass', birthDate: 'pass', checkDigit: 'fail', failed: 'check_digit' });
  });

  it('reads the date of birth and sex of a valid number, spaces and a small x allowed', () => {
    expect(idNumberChecklist('110105 19491231 002x', TODAY)).toMatchObject({ failed: null, checkDigit: 'pass', facts: { birthDate: '1949-12-31', sex: 'female' } });
  });
});
