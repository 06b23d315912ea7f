import type { TFunction } from 'i18next';
import { translateMessage, type MessageRule } from '@web/lib/explain-api-error';

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const date = (source: string) => new RegExp(source.replaceAll('DATE', DATE));

/** An ISO instant (a waiting-list offer's expiry) as China's wall clock, `2026-05-01 14:30`. */
export function chinaTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(instant);
}

/**
 * The refusals of the bed drawer's and the admission page's actions — admit, transfer, discharge, void (libs/admissions
 * admissions.service), out of service, back in service, reclassify (libs/beds beds.service, its constraints) and a
 * closed reporting period (libs/reporting) — in the operator's language. The bed taken by a named person (409 with
 * `heldBy`) is said by BedTakenNotice on the admission form; these rules say it everywhere else.
 */
export const STAY_AND_BED_REFUSALS: readonly MessageRule[] = [
  // admissions.service: the bed and the person on the date
  { pattern: date('^the bed is occupied on that date \\(held by (.+) since DATE\\)$'), key: 'admissions.refusals.bedHeld', params: (match) => ({ holder: match[1], since: match[2] }) },
  { pattern: /^the bed is occupied on that date$/, key: 'admissions.refusals.bedOccupied' },
  { pattern: /^the person already has a stay on that date$/, key: 'admissions.refusals.personStaying' },
  { pattern: /^The bed is reserved for a waiting-list applicant until (\S+)$/, key: 'admissions.refusals.bedReserved', params: (match) => ({ until: chinaTime(match[1]) }) },
  { pattern: /^the bed is offered to a waiting-list applicant$/, key: 'admissions.refusals.bedOffered' },
  { pattern: /^the bed is being occupied by another request right now/, key: 'admissions.refusals.bedBusy' },
  { pattern: /^another request is placing the person in a bed right now/, key: 'admissions.refusals.personBusy' },
  { pattern: /^A home bed \(家庭养老床位\) is served at home/, key: 'admissions.refusals.homeBed' },
  { pattern: date('^the bed is not open on DATE$'), key: 'admissions.refusals.bedNotOpen', params: (match) => ({ date: match[1] }) },
  { pattern: date('^the bed is closed on DATE$'), key: 'admissions.refusals.bedClosed', params: (match) => ({ date: match[1] }) },
  { pattern: date('^the bed closes on DATE$'), key: 'admissions.refusals.bedCloses', params: (match) => ({ date: match[1] }) },
  { pattern: date('^the facility is closed on DATE$'), key: 'admissions.refusals.facilityClosed', params: (match) => ({ date: match[1] }) },
  { pattern: date('^the facility closes on DATE$'), key: 'admissions.refusals.facilityCloses', params: (match) => ({ date: match[1] }) },
  { pattern: date('^the bed is out of service on DATE$'), key: 'admissions.refusals.bedOutOfService', params: (match) => ({ date: match[1] }) },
  { pattern: date('^the bed is out of service from DATE$'), key: 'admissions.refusals.bedOutOfServiceFrom', params: (match) => ({ date: match[1] }) },
  // admissions.service: the person and the home's rules
  { pattern: /^the person was not born yet$/, key: 'admissions.refusals.notBorn' },
  { pattern: /^特困 centralized support is for people registered as 特困$/, key: 'admissions.refusals.tekunFunding' },
  { pattern: /^This facility admits only with a current capability assessment/, key: 'admissions.refusals.needsAssessment' },
  { pattern: /^GB 38600 requires the nine safety risks/, key: 'admissions.refusals.safetyRisks' },
  // admissions.service: transfer, discharge, void
  { pattern: /^A transfer goes to another bed$/, key: 'admissions.refusals.sameBed' },
  { pattern: date('^a transfer comes after admission \\(DATE\\)$'), key: 'admissions.refusals.transferAfterAdmission', params: (match) => ({ date: match[1] }) },
  { pattern: date('^a discharge comes on or after admission \\(DATE\\)$'), key: 'admissions.refusals.dischargeAfterAdmission', params: (match) => ({ date: match[1] }) },
  { pattern: date('^The stay ended on DATE$'), key: 'admissions.refusals.stayEnded', params: (match) => ({ date: match[1] }) },
  { pattern: /^a stay ends after it began$/, key: 'admissions.refusals.stayPeriod' },
  { pattern: date('^An admission is voided only on its day \\(DATE, China time\\)'), key: 'admissions.refusals.voidOnItsDay', params: (match) => ({ date: match[1] }) },
  { pattern: /^This stay began with a transfer, not an admission/, key: 'admissions.refusals.voidTransfer' },
  { pattern: /^This admission accepted a waiting-list offer/, key: 'admissions.refusals.voidOffer' },
  // reporting-lock.service: any change dated in a closed period
  { pattern: date('^\\w+ DATE lies in a closed reporting period \\(closed through DATE\\)$'), key: 'admissions.refusals.closedPeriod', params: (match) => ({ date: match[1], through: match[2] }) },
  // beds.service: out of service, back in service, reclassify
  { pattern: date('^The bed is occupied from DATE to DATE: discharge or transfer first$'), key: 'admissions.refusals.occupiedBetween', params: (match) => ({ from: match[1], to: match[2] }) },
  { pattern: date('^The bed is occupied from DATE: discharge or transfer first$'), key: 'admissions.refusals.occupiedFrom', params: (match) => ({ from: match[1] }) },
  { pattern: date('^Bed \\S+ is not out of service on DATE$'), key: 'admissions.refusals.notOutOfService', params: (match) => ({ date: match[1] }) },
  { pattern: /^until comes after from$/, key: 'admissions.refusals.untilAfterFrom' },
  { pattern: /^the bed is already out of service for part of that period$/, key: 'admissions.refusals.outOfServiceOverlap' },
  { pattern: date("^DATE lies outside the bed's open period \\(DATE – (.+)\\)$"), key: 'admissions.refusals.outsideBedPeriod', params: (match) => ({ date: match[1], opened: match[2] }) },
  { pattern: date("^DATE lies outside the facility's operation$"), key: 'admissions.refusals.outsideFacility', params: (match) => ({ date: match[1] }) },
  { pattern: /^a dementia-care bed is also a care-type bed$/, key: 'admissions.refusals.dementiaNeedsCare' },
  { pattern: /^overlaps another classification period$/, key: 'admissions.refusals.classificationOverlap' },
  { pattern: /^give careType, dementiaCare or both$/, key: 'admissions.refusals.nothingToReclassify' },
];

/** A refusal's sentence in words; one no rule knows yet keeps the API's words after "不能办理：". */
export function sayRefusal(message: string, t: TFunction): string {
  return translateMessage(message, STAY_AND_BED_REFUSALS, t) ?? t('admissions.rule', { message });
}
