import type { components } from '@web/api/schema';

export type Region = components['schemas']['RegionDto'];
