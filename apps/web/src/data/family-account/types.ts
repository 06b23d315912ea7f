import type { components } from '@web/api/schema';

export type ResidentStatement = components['schemas']['ResidentStatementDto'];
export type WaitlistHome = components['schemas']['WaitlistHomeDto'];
export type HomeApplication = NonNullable<WaitlistHome['application']>;
