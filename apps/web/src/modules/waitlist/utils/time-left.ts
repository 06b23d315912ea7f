import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface TimeLeft {
  expired: boolean;
  days: number;
  hours: number;
  minutes: number;
  /** Less than a day: the applicant's family should be called now. */
  urgent: boolean;
}

/** How long an offer still holds, in whole days, hours and minutes (rounded down: never promise time there is not). */
export function timeLeft(expiresAt: string | Date, now: number): TimeLeft {
  const left = new Date(expiresAt).getTime() - now;
  if (left <= 0) return { expired: true, days: 0, hours: 0, minutes: 0, urgent: true };
  return { expired: false, days: Math.floor(left / DAY), hours: Math.floor((left % DAY) / HOUR), minutes: Math.floor((left % HOUR) / MINUTE), urgent: left < DAY };
}

/** The time left said in words: "还剩 2 天 5 小时", "还剩 3 小时 10 分", "还剩 4 分钟", "已过期". */
export function timeLeftWords(expiresAt: string | Date, now: number, t: TFunction): string {
  const left = timeLeft(expiresAt, now);
  if (left.expired) return t('waitlist.timeLeft.expired');
  if (left.days > 0) return t('waitlist.timeLeft.days', { days: left.days, hours: left.hours });
  if (left.hours > 0) return t('waitlist.timeLeft.hours', { hours: left.hours, minutes: left.minutes });
  return t('waitlist.timeLeft.minutes', { minutes: Math.max(left.minutes, 1) });
}
