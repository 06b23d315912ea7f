import { newResidentBody, type ResidentFormValues } from './new-resident';

const VALUES: ResidentFormValues = {
  name: ' 张桂英 ',
  idNumber: '110105 19491231 002x',
  hukouRegionCode: '500112002000',
  residenceRegionCode: '500112002001',
  livingArrangement: 'alone',
  facilityId: 'f1',
};

describe('the registration body', () => {
  it('sends the stored form of the number with the date of birth and sex it gives', () => {
    expect(newResidentBody(VALUES, { birthDate: '1949-12-31', sex: 'female' })).toEqual({
      name: '张桂英',
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      hukouRegionCode: '500112002000',
      residenceRegionCode: '500112002001',
      categories: [],
      livingArrangement: 'alone',
      facilityId: 'f1',
    });
  });

  it('keeps the 特困 support mode for a 特困 person only, and drops blank contact rows', () => {
    const body = newResidentBody(
      { ...VALUES, categories: ['dibao'], tekunSupportMode: 'centralized', emergencyContacts: [{ name: '李明', relation: '儿子', phone: '13800001111' }, {}] },
      { birthDate: '1949-12-31', sex: 'female' },
    );
    expect(body.tekunSupportMode).toBeUndefined();
    expect(body.emergencyContacts).toEqual([{ name: '李明', relation: '儿子', phone: '13800001111' }]);
    expect(newResidentBody({ ...VALUES, categories: ['tekun'], tekunSupportMode: 'dispersed' }, { birthDate: '1949-12-31', sex: 'female' }).tekunSupportMode).toBe('dispersed');
  });
});
