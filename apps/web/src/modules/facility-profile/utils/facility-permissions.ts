import type { Role } from '@web/modules/auth/utils/session-store';

/**
 * What a role may change on the profile page, as FacilitiesController's @Roles and FacilitiesService.update decide:
 * operators keep their home's description, services and flags; what the facility is, who owns and runs it, its
 * star rating, its yearly inspection and the safety hazards found are civil-affairs decisions; building projects are
 * recorded by either. The API checks every request again; this only
 * keeps people from filling in forms they cannot send.
 */
export interface FacilityPermissions {
  /** Name, address, phone; functions, flags, grades (PATCH /facilities/:id). */
  editProfile: boolean;
  /** kind, ownership, operation, managedByFacilityId (OFFICIAL_FIELDS). */
  editOfficialFields: boolean;
  /** POST /facilities/:id/inspections, /star-ratings. */
  recordInspections: boolean;
  recordStarRatings: boolean;
  /** POST /facilities/:id/staff, /staff/:id/leave. */
  manageStaff: boolean;
  /** POST /facilities/:id/projects, …/projects/:projectId/complete. */
  recordProjects: boolean;
  /** POST /facilities/:id/hazards, …/hazards/:hazardId/rectify: found and signed off by the inspecting office. */
  recordHazards: boolean;
  /** POST /facilities/:id/medical-agreements, /medical-agreements/:id/term (签约合作). */
  recordMedicalAgreements: boolean;
}

const OFFICES: readonly Role[] = ['admin', 'civil_affairs'];
const EDITORS: readonly Role[] = [...OFFICES, 'operator'];

export function facilityPermissions(role: Role | undefined): FacilityPermissions {
  const editor = role !== undefined && EDITORS.includes(role);
  const office = role !== undefined && OFFICES.includes(role);
  return {
    editProfile: editor,
    editOfficialFields: office,
    recordInspections: office,
    recordStarRatings: office,
    manageStaff: editor,
    recordProjects: editor,
    recordHazards: office,
    recordMedicalAgreements: editor,
  };
}
