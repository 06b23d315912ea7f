/** Calendar dates as the API carries them: `YYYY-MM-DD`, in China Standard Time (Asia/Shanghai, no DST). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_ZONE = 'Asia/Shanghai';

export function isDateOnly(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Formats as YYYY-MM-DD in Shanghai; built once, since building a formatter costs far more than using one. */
const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Shanghai, whatever the server's time zone. */
export function today(now: Date = new Date()): string {
  return SHANGHAI_DATE.format(now);
}

/** The last day of the month of `date` (`2025-02-10` → `2025-02-28`). */
export function endOfMonth(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** A date plus (or minus) whole days (`2025-03-01`, -1 → `2025-02-28`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A date plus whole months, kept within the month (Aug 31 + 6 → Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from one date to another (`2025-03-01` → `2025-03-31` is 30). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
