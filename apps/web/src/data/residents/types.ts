import type { components } from '@web/api/schema';

export type Resident = components['schemas']['ResidentDto'];
export type NewResident = components['schemas']['CreateResidentDto'];
export type Stay = components['schemas']['StayDto'];
export type Visit = components['schemas']['VisitDto'];
export type ServiceOrder = components['schemas']['OrderDto'];
export type ResidentCategory = Resident['categories'][number];
export type LivingArrangement = Resident['livingArrangement'];

/** The list's filters as the URL holds them (`/residents?q=&category=&page=`). */
export interface ResidentFilters {
  q?: string;
  category?: ResidentCategory;
  facilityId?: string;
  page: number;
  pageSize: number;
}
