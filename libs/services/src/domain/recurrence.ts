import { RRule } from 'rrule';

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
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1_000;
const FORBIDDEN_PARTS = /(^|;)(DTSTART|UNTIL|COUNT|TZID)=/i;

/** What is wrong with a rule, as field → message (empty when it can be expanded). */
export function recurrenceProblems(input: RecurrenceInput): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (FORBIDDEN_PARTS.test(input.rrule)) problems.push({ field: 'rrule', message: 'give the dates in from/until, not DTSTART, UNTIL, COUNT or TZID' });
  else {
    try {
      const options = RRule.parseString(input.rrule);
      if (options.freq === undefined) problems.push({ field: 'rrule', message: 'the rule needs FREQ' });
      else if (options.freq > RRule.DAILY) problems.push({ field: 'rrule', message: 'slots recur at most daily' });
    } catch {
      problems.push({ field: 'rrule', message: 'not an iCalendar RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' });
    }
  }
  if (input.until < input.from) problems.push({ field: 'until', message: 'until comes on or after from' });
  if (input.endTime <= input.startTime) problems.push({ field: 'endTime', message: 'the slot ends after it starts, on the same day' });
  return problems;
}

/** The occurrences of the rule, at most MAX_OCCURRENCES (the caller refuses more). */
export function expandRecurrence(input: RecurrenceInput): Occurrence[] {
  const wallClock = (date: string, time: string) => new Date(`${date}T${time}:00Z`);
  const options = RRule.parseString(input.rrule);
  const rule = new RRule({ ...options, dtstart: wallClock(input.from, input.startTime), until: wallClock(input.until, input.startTime) });
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const lengthMs = (minutes(input.endTime) - minutes(input.startTime)) * 60_000;
  const starts = rule.all((_, index) => index < MAX_OCCURRENCES + 1);
  return starts.map((start) => {
    const startsAt = new Date(start.getTime() - SHANGHAI_OFFSET_MS);
    return { startsAt, endsAt: new Date(startsAt.getTime() + lengthMs) };
  });
}
