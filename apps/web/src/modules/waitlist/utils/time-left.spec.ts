import type { TFunction } from 'i18next';
import { timeLeft, timeLeftWords } from './time-left';

const t = ((key: string, params?: object) => `${key}${params ? JSON.stringify(params) : ''}`) as unknown as TFunction;
const NOW = Date.parse('2026-05-11T08:00:00+08:00');
const MINUTE = 60_000;

describe('time left on an offer', () => {
  it('counts whole days, hours and minutes, rounding down', () => {
    expect(timeLeft('2026-05-14T08:00:00+08:00', NOW)).toEqual({ expired: false, days: 3, hours: 0, minutes: 0, urgent: false });
    expect(timeLeft(new Date(NOW + 26 * 60 * MINUTE + 59_999), NOW)).toEqual({ expired: false, days: 1, hours: 2, minutes: 0, urgent: false });
    expect(timeLeft(new Date(NOW + 90 * MINUTE), NOW)).toMatchObject({ days: 0, hours: 1, minutes: 30, urgent: true });
    expect(timeLeft(new Date(NOW), NOW)).toMatchObject({ expired: true });
  });

  it('says it in words by its size', () => {
    expect(timeLeftWords('2026-05-13T13:30:00+08:00', NOW, t)).toBe('waitlist.timeLeft.days{"days":2,"hours":5}');
    expect(timeLeftWords(new Date(NOW + 190 * MINUTE), NOW, t)).toBe('waitlist.timeLeft.hours{"hours":3,"minutes":10}');
    expect(timeLeftWords(new Date(NOW + 4 * MINUTE + 30_000), NOW, t)).toBe('waitlist.timeLeft.minutes{"minutes":4}');
    expect(timeLeftWords(new Date(NOW + 20_000), NOW, t)).toBe('waitlist.timeLeft.minutes{"minutes":1}');
    expect(timeLeftWords(new Date(NOW - MINUTE), NOW, t)).toBe('waitlist.timeLeft.expired');
  });
});
