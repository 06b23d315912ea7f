import { durationSeconds } from './auth.service';

describe('durationSeconds', () => {
  it.each([
    ['45s', 45],
    ['30m', 1_800],
    ['8h', 28_800],
    ['7d', 604_800],
  ])('%s is %i seconds', (duration, seconds) => expect(durationSeconds(duration)).toBe(seconds));

  it('refuses anything else', () => {
    expect(() => durationSeconds('8 hours')).toThrow();
  });
});
