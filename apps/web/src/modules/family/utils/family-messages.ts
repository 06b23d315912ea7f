import type { MessageRule } from '@web/lib/explain-api-error';
import { SERVICE_MESSAGES } from '@web/modules/services/utils/service-messages';

/** The booking API's refusals said to a family member (the services page's rules for a full slot and order states). */
export const FAMILY_MESSAGES: readonly MessageRule[] = [
  { pattern: /^Too late to cancel/, key: 'family.messages.tooLateCancel' },
  { pattern: /^the person is already booked into this slot$/, key: 'family.messages.alreadyBooked' },
  { pattern: /^The slot has begun/, key: 'family.messages.begun' },
  { pattern: /^The person lives outside the area/, key: 'family.messages.outsideArea' },
  { pattern: /^The slot is cancelled$/, key: 'family.messages.cancelledSlot' },
  { pattern: /^This Idempotency-Key was used for another booking$/, key: 'family.messages.keyReused' },
  { pattern: /^The service is already rated$/, key: 'family.messages.alreadyRated' },
  { pattern: /^Only a completed service can be rated$/, key: 'family.messages.onlyCompleted' },
  ...SERVICE_MESSAGES,
];
