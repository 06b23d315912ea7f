import type { components } from '@web/api/schema';

export type Facility = components['schemas']['FacilityDto'];
