import type { MessageRule } from '@web/lib/explain-api-error';

/** The services API's refusals (libs/services), said to a nurse in her language. */
export const SERVICE_MESSAGES: readonly MessageRule[] = [
  { pattern: /^The slot is full$|^no places left$/, key: 'services.messages.full' },
  { pattern: /^The order is (\w+)$/, key: 'services.messages.orderState', params: (match, t) => ({ state: t(`services.orderStates.${match[1]}`) }) },
  { pattern: /^Check in first$/, key: 'services.messages.checkInFirst' },
  { pattern: /^Too early: check-in opens/, key: 'services.messages.tooEarlyCheckIn' },
  { pattern: /^Too late: the slot is over$/, key: 'services.messages.tooLateCheckIn' },
  { pattern: /^Too early: a no-show is marked/, key: 'services.messages.tooEarlyNoShow' },
  { pattern: /^a slot starts in the future$/, key: 'services.messages.slotStartsInFuture' },
  { pattern: /^a slot ends after it starts$/, key: 'services.messages.slotEndsAfterStart' },
  { pattern: /^the rule makes no slot in the future/, key: 'services.messages.seriesNone' },
  { pattern: /^the rule makes more than \d+ slots/, key: 'services.messages.seriesTooMany' },
  { pattern: /^a rule spans at most two years$/, key: 'services.messages.seriesTooLong' },
  { pattern: /^until comes on or after from$/, key: 'services.messages.untilAfterFrom' },
  { pattern: /^the slot ends after it starts, on the same day$/, key: 'services.messages.endAfterStart' },
  { pattern: /^The facility closes on (\d{4}-\d{2}-\d{2})$/, key: 'services.messages.facilityCloses', params: (match) => ({ date: match[1] }) },
];
