import { createBody, grantsOf, Role, scopeProblemFields, updateBody, type UserFormValues } from './role-scope';

const FACILITY = '4f6d1a52-0000-4000-8000-00000000000a';
const PERSON = '4f6d1a52-0000-4000-8000-0000000000f1';
const values = (patch: Partial<UserFormValues>): UserFormValues => ({ username: 'li.na', role: Role.Operator, regionCode: null, facilityIds: [], residentIds: [], ...patch });

describe('the account form follows the API’s role rules', () => {
  it('offers each role only the grants it may hold', () => {
    expect(grantsOf(Role.Admin)).toEqual([]);
    expect(grantsOf(Role.CivilAffairs)).toEqual(['regionCode']);
    expect(grantsOf(Role.Operator)).toEqual(['facilityIds']);
    expect(grantsOf(Role.Assessor)).toEqual(['regionCode', 'facilityIds']);
    expect(grantsOf(Role.Family)).toEqual(['residentIds']);
  });

  it('names the picker a role still needs before anything is sent', () => {
    expect(scopeProblemFields(values({ role: Role.Operator }))).toEqual(['facilityIds']);
    expect(scopeProblemFields(values({ role: Role.Family }))).toEqual(['residentIds']);
    expect(scopeProblemFields(values({ role: Role.Assessor }))).toEqual(['regionCode']);
    expect(scopeProblemFields(values({ role: Role.Assessor, facilityIds: [FACILITY] }))).toEqual([]);
    expect(scopeProblemFields(values({ role: Role.Admin }))).toEqual([]);
  });

  it('ignores grants left in hidden pickers: a role changed to family keeps no facility', () => {
    const changed = values({ role: Role.Family, facilityIds: [FACILITY], regionCode: '500112000000', residentIds: [PERSON] });
    expect(scopeProblemFields(changed)).toEqual([]);
    expect(updateBody(changed)).toEqual({ role: 'family', regionCode: null, facilityIds: [], residentIds: [PERSON] });
    expect(createBody({ ...changed, password: 'a-long-enough-password' })).toEqual({ username: 'li.na', password: 'a-long-enough-password', role: 'family', residentIds: [PERSON] });
  });
});
