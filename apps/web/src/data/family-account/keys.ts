import { waitlistKeys } from '@web/data/waitlist/keys';

/** A family's relatives, statements and homes; the homes hang under the waiting list's keys, so answering an offer refreshes them. */
export const familyAccountKeys = {
  relatives: () => ['family-account', 'relatives'] as const,
  statement: (residentId: string, month: string) => ['family-account', 'statement', residentId, month] as const,
  homes: (residentId: string) => [...waitlistKeys.all, 'homes', residentId] as const,
};
