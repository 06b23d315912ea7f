import { auditEvent } from '@yiyang/auth';
import type { CreateFacilityDto, InspectionDto, StaffInputDto, StarRatingInputDto } from './dto/facility.dto';
import type { HazardInputDto, ProjectInputDto } from './dto/works.dto';
import type { FacilityProject } from './facility-project.entity';
import type { Facility } from './facility.entity';
import type { InspectionHazard } from './inspection-hazard.entity';
import type { Staff } from './staff.entity';

/** A profile version as the effective-dating helper reads and writes it (snake_case columns). */
type ProfileVersion = Record<string, unknown>;

export const FacilityCreated = auditEvent<null, CreateFacilityDto>('facility', 'create');
/** Name, address, coordinates or phone changed (at once, no history kept). */
export const FacilityUpdated = auditEvent<Facility, Facility>('facility', 'update');
/** The facility closed from a date: its profile versions from then on went. */
export const FacilityClosed = auditEvent<Facility & { droppedProfiles: ProfileVersion[] }, Facility>('facility', 'close');
/** A profile change from a date: the version in force then, and the one that follows from the date. */
export const FacilityProfileChanged = auditEvent<ProfileVersion, ProfileVersion>('facility_profile', 'update');
export const InspectionRecorded = auditEvent<null, InspectionDto & { facilityId: string }>('facility_inspection', 'create');
export const StarRatingRecorded = auditEvent<null, StarRatingInputDto & { facilityId: string; starLevel: number }>('facility_star_rating', 'create');
export const StaffAdded = auditEvent<null, StaffInputDto & { facilityId: string }>('staff', 'create');
/** A staff member left: the record before and after `leftOn` was set. */
export const StaffLeft = auditEvent<Staff, Staff>('staff', 'update');
export const ProjectRecorded = auditEvent<null, ProjectInputDto & { facilityId: string }>('facility_project', 'create');
/** A building project completed: the project before and after `completedOn` was set. */
export const ProjectCompleted = auditEvent<FacilityProject, FacilityProject>('facility_project', 'complete');
export const HazardRecorded = auditEvent<null, HazardInputDto & { facilityId: string }>('inspection_hazard', 'create');
/** A hazard put right: the hazard before and after `rectifiedOn` was set. */
export const HazardRectified = auditEvent<InspectionHazard, InspectionHazard>('inspection_hazard', 'rectify');
