import type { components } from '@web/api/schema';

export type Waitlist = components['schemas']['WaitlistDto'];
export type WaitlistEntry = components['schemas']['WaitlistEntryDto'];
export type VacantBed = NonNullable<Waitlist['vacantBeds']>[number];
export type SuspendedEntry = Waitlist['suspended'][number];
export type AdmissionPolicy = components['schemas']['AdmissionPolicyDto'];
export type OfferInput = components['schemas']['OfferDto'];
export type AcceptInput = components['schemas']['AcceptDto'];
export type WithdrawInput = components['schemas']['WithdrawDto'];
export type StayFunding = NonNullable<OfferInput['funding']>;
