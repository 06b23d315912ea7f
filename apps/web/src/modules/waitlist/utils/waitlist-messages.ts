import type { MessageRule } from '@web/lib/explain-api-error';

/** The waiting list's refusals (libs/admissions waitlist.service and the admission it runs), in the operator's language. */
export const WAITLIST_MESSAGES: readonly MessageRule[] = [
  { pattern: /^(\d+) applicant\(s\) wait ahead/, key: 'waitlist.messages.skipAhead', params: (match) => ({ count: match[1] }) },
  { pattern: /^No offer without a current capability assessment/, key: 'waitlist.messages.noAssessment' },
  { pattern: /^The capability assessment has lapsed since the offer/, key: 'waitlist.messages.assessmentLapsed' },
  { pattern: /suspended until (\d{4}-\d{2}-\d{2})/, key: 'waitlist.messages.suspended', params: (match) => ({ date: match[1] }) },
  { pattern: /^The bed is occupied$|^occupied from |^the bed is occupied on that date$/, key: 'waitlist.messages.bedOccupied' },
  { pattern: /^The bed is reserved for a waiting-list applicant|^the bed is offered to a waiting-list applicant$/, key: 'waitlist.messages.bedReserved' },
  { pattern: /^the bed is being occupied by another request/, key: 'waitlist.messages.bedBusy' },
  { pattern: /^The offer was already accepted$/, key: 'waitlist.messages.alreadyAccepted' },
  { pattern: /^The offer was declined$/, key: 'waitlist.messages.declined' },
  { pattern: /^The offer expired/, key: 'waitlist.messages.expired' },
  { pattern: /^The offer lapsed/, key: 'waitlist.messages.lapsed' },
  { pattern: /^The application is (\w+)$/, key: 'waitlist.messages.applicationState', params: (match, t) => ({ state: t(`waitlist.applicationStates.${match[1]}`) }) },
  { pattern: /^No bed has been offered to this applicant$/, key: 'waitlist.messages.noOffer' },
  { pattern: /^GB 38600 requires the nine safety risks/, key: 'waitlist.messages.safetyRisks' },
  { pattern: /^The facility records the safety-risk assessment/, key: 'waitlist.messages.familySafetyRisks' },
  { pattern: /centralized support is for people registered as/, key: 'waitlist.messages.tekunFunding' },
  { pattern: /^not before the offer/, key: 'waitlist.messages.admittedBeforeOffer' },
  { pattern: /^The facility closed on (\d{4}-\d{2}-\d{2})$/, key: 'waitlist.messages.closed', params: (match) => ({ date: match[1] }) },
];
