import type { components } from '@web/api/schema';

export type Rollup = components['schemas']['RollupDto'];
