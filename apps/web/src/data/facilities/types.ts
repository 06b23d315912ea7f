import type { components } from '@web/api/schema';

export type Facility = components['schemas']['FacilityDto'];
export type FacilityProfile = components['schemas']['FacilityProfileDto'];
export type UpdateFacility = components['schemas']['UpdateFacilityDto'];
export type StarRating = components['schemas']['StarRatingViewDto'];
export type Inspection = components['schemas']['InspectionViewDto'];
export type InspectionInput = components['schemas']['InspectionDto'];
export type StaffMember = components['schemas']['StaffViewDto'];
export type StaffInput = components['schemas']['StaffInputDto'];
export type Certificate = components['schemas']['CertificateViewDto'];
export type BedTotals = components['schemas']['BoardTotalsDto'];
export type StarRatingInput = components['schemas']['StarRatingInputDto'];
export type Project = components['schemas']['ProjectViewDto'];
export type ProjectInput = components['schemas']['ProjectInputDto'];
export type Hazard = components['schemas']['HazardViewDto'];
export type HazardInput = components['schemas']['HazardInputDto'];
