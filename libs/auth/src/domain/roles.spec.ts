import { Role, scopeGrantProblems } from './roles';

const none = { regionCode: null, facilityIds: [], residentIds: [] };

describe('scopeGrantProblems', () => {
  it('lets an administrator go without grants', () => {
    expect(scopeGrantProblems(Role.Admin, none)).toEqual([]);
  });

  it.each([
    [Role.CivilAffairs, 'regionCode'],
    [Role.Operator, 'facilityIds'],
    [Role.Assessor, 'regionCode'],
    [Role.Family, 'residentIds'],
  ])('requires %s to be granted %s', (role, field) => {
    expect(scopeGrantProblems(role, none).map((p) => p.field)).toEqual([field]);
  });

  it('accepts an assessor attached to facilities instead of a region', () => {
    expect(scopeGrantProblems(Role.Assessor, { ...none, facilityIds: ['5a1b2c3d-0000-4000-8000-000000000001'] })).toEqual([]);
  });

  it.each([
    [Role.Family, { residentIds: ['5a1b2c3d-0000-4000-8000-000000000002'], regionCode: '330000000000' }, 'regionCode'],
    [Role.Operator, { facilityIds: ['5a1b2c3d-0000-4000-8000-000000000001'], residentIds: ['5a1b2c3d-0000-4000-8000-000000000002'] }, 'residentIds'],
    [Role.CivilAffairs, { regionCode: '330200000000', facilityIds: ['5a1b2c3d-0000-4000-8000-000000000001'] }, 'facilityIds'],
    [Role.Admin, { regionCode: '330200000000' }, 'regionCode'],
  ])('refuses %s a grant the role may not hold', (role, grants, field) => {
    expect(scopeGrantProblems(role, { ...none, ...grants })).toEqual([{ field, message: `the role ${role} may not hold ${field}` }]);
  });
});
