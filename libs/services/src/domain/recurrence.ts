import { RRule } from 'rrule';
import { daysBetween } from '@yiyang/core';

/**
 * Recurring slots: an iCalendar RRULE (RFC 5545, e.g. every weekday `FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR`) over a date
 * range, with a start and end time of day in China Standard Time. Shanghai keeps UTC+8 all year, so the rule is
 * expanded on wall-clock times written as UTC and each occurrence shifted by eight hours: no time-zone library
 * guesses.
 */
export interface RecurrenceInput {
  rrule: string;
  /** First and last date (inclusive), YYYY-MM-DD. */
  from: string;
  until: string;
  /** HH:MM, Shanghai time; the end after the start on the same day. */
  startTime: string;
  endTime: string;
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

export const MAX_OCCURRENCES = 400;
/** The longest range a rule may span (two years), so expanding it is always cheap. */
export const MAX_RANGE_DAYS = 731;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1_000;
const WEEKDAY = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const MONTHLY_WEEKDAY = /^([+-]?[1-4]|-1)?(MO|TU|WE|TH|FR|SA|SU)$/;

/**
 * The subset of RFC 5545 slots need, checked part by part before the library sees the rule: FREQ (DAILY, WEEKLY,
 * MONTHLY), INTERVAL 1–52, BYDAY (weekdays; in a monthly rule also "2TU", "-1FR"), BYMONTHDAY (monthly, ±1–31).
 * Anything else — times of day (BYHOUR…), counts, limits, set positions — is refused: the dates come from
 * from/until and the time of day from startTime/endTime.
 */
function ruleProblems(rrule: string): string | null {
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const match = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(part.trim().toUpperCase());
    if (!match) return 'not an iCalendar RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    if (parts.has(match[1])) return `${match[1]} is given twice`;
    parts.set(match[1], match[2]);
  }
  const freq = parts.get('FREQ');
  if (!freq) return 'the rule needs FREQ';
  if (!['DAILY', 'WEEKLY', 'MONTHLY'].includes(freq)) return 'FREQ is DAILY, WEEKLY or MONTHLY (slots recur at most daily)';
  for (const [key, value] of parts) {
    if (key === 'FREQ') continue;
    if (key === 'INTERVAL') {
      if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 52) return 'INTERVAL is a whole number from 1 to 52';
    } else if (key === 'BYDAY') {
      const pattern = freq === 'MONTHLY' ? MONTHLY_WEEKDAY : WEEKDAY;
      if (!value.split(',').every((day) => pattern.test(day))) return 'BYDAY lists weekdays: MO,TU,WE,TH,FR,SA,SU';
    } else if (key === 'BYMONTHDAY') {
      if (freq !== 'MONTHLY') return 'BYMONTHDAY belongs to a monthly rule';
      if (!value.split(',').every((day) => /^-?\d{1,2}$/.test(day) && Math.abs(Number(day)) >= 1 && Math.abs(Number(day)) <= 31)) return 'BYMONTHDAY lists days 1–31 (or -1 for the last)';
    } else {
      return `${key} is not used here: give the dates in from/until and the time in startTime/endTime`;
    }
  }
  return null;
}

/** What is wrong with a rule, as field → message (empty when it can be expanded). */
export function recurrenceProblems(input: RecurrenceInput): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const rule = ruleProblems(input.rrule);
  if (rule) problems.push({ field: 'rrule', message: rule });
  if (input.until < input.from) problems.push({ field: 'until', message: 'until comes on or after from' });
  else if (daysBetween(input.from, input.until) >= MAX_RANGE_DAYS) problems.push({ field: 'until', message: 'a rule spans at most two years' });
  if (input.endTime <= input.startTime) problems.push({ field: 'endTime', message: 'the slot ends after it starts, on the same day' });
  return problems;
}

/** Every occurrence of a rule that passed recurrenceProblems (at most one a day over two years). */
export function expandRecurrence(input: RecurrenceInput): Occurrence[] {
  const wallClock = (date: string, time: string) => new Date(`${date}T${time}:00Z`);
  const options = RRule.parseString(input.rrule.toUpperCase());
  const rule = new RRule({ ...options, dtstart: wallClock(input.from, input.startTime), until: wallClock(input.until, input.startTime) });
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const lengthMs = (minutes(input.endTime) - minutes(input.startTime)) * 60_000;
  return rule.all().map((start) => {
    const startsAt = new Date(start.getTime() - SHANGHAI_OFFSET_MS);
    return { startsAt, endsAt: new Date(startsAt.getTime() + lengthMs) };
  });
}
