import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { admissionsEn, admissionsZhCN } from '@web/i18n/sections/admissions';
import { translateMessage } from '@web/lib/explain-api-error';
import { chinaTime, sayRefusal, STAY_AND_BED_REFUSALS } from './refusal-messages';

const root = join(__dirname, '../../../../../..');
/** One file, or the files a lib's rules are split over. */
const source = (paths: string | string[]) => [paths].flat().map((path) => readFileSync(join(root, path), 'utf8')).join('\n');
const ADMISSIONS = ['libs/admissions/src/admissions.service.ts', 'libs/admissions/src/admission-rules.service.ts'];
const BEDS = 'libs/beds/src/beds.service.ts';
const REPORTING = 'libs/reporting/src/reporting-lock.service.ts';

/**
 * Each refusal as the server's source writes it (most are inline literals, so they are read from the file rather than
 * imported: a reworded message fails here), a message as the API sends it, and the sentence the rule picks.
 */
const REFUSALS: { file: string | string[]; written: string; sent: string; key: string; params?: Record<string, string> }[] = [
  { file: ADMISSIONS, written: "message: 'the bed is occupied on that date'", sent: 'the bed is occupied on that date', key: 'bedOccupied' },
  { file: ADMISSIONS, written: '(held by ${holder.occupant} since ${holder.since})', sent: 'the bed is occupied on that date (held by 王*华 since 2026-05-01)', key: 'bedHeld', params: { holder: '王*华', since: '2026-05-01' } },
  { file: ADMISSIONS, written: "'the person already has a stay on that date'", sent: 'the person already has a stay on that date', key: 'personStaying' },
  { file: ADMISSIONS, written: 'The bed is reserved for a waiting-list applicant until ${until.toISOString()}', sent: 'The bed is reserved for a waiting-list applicant until 2026-05-03T06:30:00.000Z', key: 'bedReserved', params: { until: '2026-05-03 14:30' } },
  { file: ADMISSIONS, written: "'the bed is offered to a waiting-list applicant'", sent: 'the bed is offered to a waiting-list applicant', key: 'bedOffered' },
  { file: ADMISSIONS, written: "'the bed is being occupied by another request right now: try again in a moment'", sent: 'the bed is being occupied by another request right now: try again in a moment', key: 'bedBusy' },
  { file: ADMISSIONS, written: "'another request is placing the person in a bed right now: try again in a moment'", sent: 'another request is placing the person in a bed right now: try again in a moment', key: 'personBusy' },
  { file: ADMISSIONS, written: "'A home bed (家庭养老床位) is served at home: nobody is admitted into it'", sent: 'A home bed (家庭养老床位) is served at home: nobody is admitted into it', key: 'homeBed' },
  { file: ADMISSIONS, written: 'the bed is not open on ${date}', sent: 'the bed is not open on 2026-05-01', key: 'bedNotOpen', params: { date: '2026-05-01' } },
  { file: ADMISSIONS, written: 'the bed is closed on ${date}', sent: 'the bed is closed on 2026-05-01', key: 'bedClosed', params: { date: '2026-05-01' } },
  { file: ADMISSIONS, written: 'the bed closes on ${bed.closedOn}', sent: 'the bed closes on 2026-06-01', key: 'bedCloses', params: { date: '2026-06-01' } },
  { file: ADMISSIONS, written: 'the facility is closed on ${date}', sent: 'the facility is closed on 2026-05-01', key: 'facilityClosed', params: { date: '2026-05-01' } },
  { file: ADMISSIONS, written: 'the facility closes on ${bed.facilityClosedOn}', sent: 'the facility closes on 2026-06-01', key: 'facilityCloses', params: { date: '2026-06-01' } },
  { file: ADMISSIONS, written: 'the bed is out of service on ${date}', sent: 'the bed is out of service on 2026-05-01', key: 'bedOutOfService', params: { date: '2026-05-01' } },
  { file: ADMISSIONS, written: 'the bed is out of service from ${outOfService}', sent: 'the bed is out of service from 2026-05-04', key: 'bedOutOfServiceFrom', params: { date: '2026-05-04' } },
  { file: ADMISSIONS, written: "'the person was not born yet'", sent: 'the person was not born yet', key: 'notBorn' },
  { file: ADMISSIONS, written: "'特困 centralized support is for people registered as 特困'", sent: '特困 centralized support is for people registered as 特困', key: 'tekunFunding' },
  { file: ADMISSIONS, written: "'This facility admits only with a current capability assessment (GB/T 42195-2022)'", sent: 'This facility admits only with a current capability assessment (GB/T 42195-2022)', key: 'needsAssessment' },
  { file: ADMISSIONS, written: "'GB 38600 requires the nine safety risks assessed at admission (none recorded in the 30 days before)'", sent: 'GB 38600 requires the nine safety risks assessed at admission (none recorded in the 30 days before)', key: 'safetyRisks' },
  { file: ADMISSIONS, written: "'A transfer goes to another bed'", sent: 'A transfer goes to another bed', key: 'sameBed' },
  { file: ADMISSIONS, written: 'a transfer comes after admission (${stay.admitted_on})', sent: 'a transfer comes after admission (2026-04-01)', key: 'transferAfterAdmission', params: { date: '2026-04-01' } },
  { file: ADMISSIONS, written: 'a discharge comes on or after admission (${stay.admitted_on})', sent: 'a discharge comes on or after admission (2026-04-01)', key: 'dischargeAfterAdmission', params: { date: '2026-04-01' } },
  { file: ADMISSIONS, written: 'The stay ended on ${stay.discharged_on}', sent: 'The stay ended on 2026-04-30', key: 'stayEnded', params: { date: '2026-04-30' } },
  { file: ADMISSIONS, written: "'a stay ends after it began'", sent: 'a stay ends after it began', key: 'stayPeriod' },
  { file: ADMISSIONS, written: 'An admission is voided only on its day (${stay.admitted_on}, China time); discharge the person instead', sent: 'An admission is voided only on its day (2026-04-01, China time); discharge the person instead', key: 'voidOnItsDay', params: { date: '2026-04-01' } },
  { file: ADMISSIONS, written: "'This stay began with a transfer, not an admission: it cannot be voided'", sent: 'This stay began with a transfer, not an admission: it cannot be voided', key: 'voidTransfer' },
  { file: ADMISSIONS, written: "'This admission accepted a waiting-list offer: discharge the person instead'", sent: 'This admission accepted a waiting-list offer: discharge the person instead', key: 'voidOffer' },
  { file: REPORTING, written: '${field} ${date} lies in a closed reporting period (closed through ${closedThrough})', sent: 'on 2026-01-31 lies in a closed reporting period (closed through 2026-03-31)', key: 'closedPeriod', params: { date: '2026-01-31', through: '2026-03-31' } },
  { file: BEDS, written: 'The bed is occupied from ${stay.admittedOn}${stay.dischargedOn ? ` to ${stay.dischargedOn}` : \'\'}: discharge or transfer first', sent: 'The bed is occupied from 2026-03-01: discharge or transfer first', key: 'occupiedFrom', params: { from: '2026-03-01' } },
  { file: BEDS, written: 'The bed is occupied from ${stay.admittedOn}${stay.dischargedOn ? ` to ${stay.dischargedOn}` : \'\'}: discharge or transfer first', sent: 'The bed is occupied from 2026-03-01 to 2026-03-09: discharge or transfer first', key: 'occupiedBetween', params: { from: '2026-03-01', to: '2026-03-09' } },
  { file: BEDS, written: 'Bed ${id} is not out of service on ${on}', sent: 'Bed 0b7c2c1e-3f0a-4d6e-9a57-1c2d3e4f5a6b is not out of service on 2026-05-01', key: 'notOutOfService', params: { date: '2026-05-01' } },
  { file: BEDS, written: "'until comes after from'", sent: 'until comes after from', key: 'untilAfterFrom' },
  { file: BEDS, written: "'the bed is already out of service for part of that period'", sent: 'the bed is already out of service for part of that period', key: 'outOfServiceOverlap' },
  { file: BEDS, written: "${date} lies outside the bed's open period (${bed.openedOn} – ${bed.closedOn ?? 'open'})", sent: "2025-01-01 lies outside the bed's open period (2025-06-01 – open)", key: 'outsideBedPeriod', params: { date: '2025-01-01', opened: '2025-06-01' } },
  { file: BEDS, written: "${date} lies outside the facility's operation", sent: "2025-01-01 lies outside the facility's operation", key: 'outsideFacility', params: { date: '2025-01-01' } },
  { file: BEDS, written: "'a dementia-care bed is also a care-type bed'", sent: 'a dementia-care bed is also a care-type bed', key: 'dementiaNeedsCare' },
  { file: BEDS, written: "'overlaps another classification period'", sent: 'overlaps another classification period', key: 'classificationOverlap' },
  { file: BEDS, written: "'give careType, dementiaCare or both'", sent: 'give careType, dementiaCare or both', key: 'nothingToReclassify' },
];

/** A t() over the real section: the sentence with its {{params}} filled in, or the key when there is none. */
const tOver =
  (section: Record<string, unknown>) =>
  (key: string, params: Record<string, string> = {}) => {
    const [, ...path] = key.split('.');
    const text = path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], section);
    return typeof text === 'string' ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`) : key;
  };
const zh = tOver(admissionsZhCN) as unknown as TFunction;
const en = tOver(admissionsEn) as unknown as TFunction;
const keyed = ((key: string, params?: Record<string, string>) => ({ key, params })) as unknown as TFunction;

describe('the bed drawer’s and admission’s refusals in words', () => {
  it.each(REFUSALS)('$key: the server still writes it, and the rule says it with its dates', ({ file, written, sent, key, params }) => {
    expect(source(file)).toContain(written);
    expect(translateMessage(sent, STAY_AND_BED_REFUSALS, keyed)).toEqual({ key: `admissions.refusals.${key}`, params: params ?? {} });
    for (const t of [zh, en]) expect(translateMessage(sent, STAY_AND_BED_REFUSALS, t)).not.toMatch(/admissions\.|\{\{/);
  });

  it('has a zh and an en sentence for every rule, and no rule left without a refusal above', () => {
    const keys = STAY_AND_BED_REFUSALS.map((rule) => rule.key.replace('admissions.refusals.', ''));
    expect(Object.keys(admissionsZhCN.refusals).sort()).toEqual([...keys].sort());
    expect(Object.keys(admissionsEn.refusals).sort()).toEqual([...keys].sort());
    expect(new Set(REFUSALS.map((refusal) => refusal.key))).toEqual(new Set(keys));
  });

  it('says the closed bed in Chinese, not in English inside Chinese', () => {
    expect(sayRefusal('the bed is closed on 2026-05-01', zh)).toBe('这张床自 2026-05-01 起已停用');
    expect(sayRefusal('the bed is closed on 2026-05-01', en)).toBe('This bed is closed from 2026-05-01');
    expect(sayRefusal('Something the server says tomorrow', zh)).toBe('不能办理：Something the server says tomorrow');
  });

  it('gives an offer’s expiry on China’s clock', () => {
    expect(chinaTime('2026-05-02T16:30:00.000Z')).toBe('2026-05-03 00:30');
    expect(chinaTime('not a time')).toBe('not a time');
  });
});
