import type { components } from '@web/api/schema';

export type Stay = components['schemas']['StayDto'];
export type AdmitInput = components['schemas']['AdmitDto'];
export type TransferInput = components['schemas']['TransferDto'];
export type DischargeInput = components['schemas']['DischargeDto'];
export type Funding = NonNullable<AdmitInput['funding']>;
export type DischargeReason = DischargeInput['reason'];
export type PersonFound = components['schemas']['ResidentDto'];
