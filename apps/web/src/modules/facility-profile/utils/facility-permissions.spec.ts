import { facilityPermissions } from './facility-permissions';

describe('facilityPermissions', () => {
  it('lets an operator keep the description, flags, staff and building projects and medical agreements, not the official fields, ratings, inspections or hazards', () => {
    expect(facilityPermissions('operator')).toEqual({
      editProfile: true,
      editOfficialFields: false,
      recordInspections: false,
      recordStarRatings: false,
      manageStaff: true,
      recordProjects: true,
      recordHazards: false,
      recordMedicalAgreements: true,
    });
  });
  it('lets civil affairs and administrators change everything', () => {
    for (const role of ['civil_affairs', 'admin'] as const) {
      expect(Object.values(facilityPermissions(role)).every(Boolean)).toBe(true);
    }
  });
  it('lets assessors and families change nothing', () => {
    for (const role of ['assessor', 'family', undefined] as const) {
      expect(Object.values(facilityPermissions(role)).some(Boolean)).toBe(false);
    }
  });
});
