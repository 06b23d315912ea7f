import { starLevel, starRatingTotal, starScoreProblems } from './star-rating';

const full = { environment: 120, facilities: 130, operations: 150, services: 600 };

describe('GB/T 37276-2018 star level', () => {
  it('gives five stars to full marks', () => {
    expect(starRatingTotal(full)).toBe(1000);
    expect(starLevel(full)).toBe(5);
  });

  it.each([
    // total exactly at each threshold, every section at exactly its share
    [{ environment: 48, facilities: 52, operations: 60, services: 240 }, 400, 1],
    [{ environment: 60, facilities: 65, operations: 75, services: 300 }, 500, 2],
    [{ environment: 72, facilities: 78, operations: 90, services: 360 }, 600, 3],
    [{ environment: 96, facilities: 104, operations: 120, services: 480 }, 800, 4],
    [{ environment: 108, facilities: 117, operations: 135, services: 540 }, 900, 5],
  ])('%o (total %i) earns %i stars', (scores, total, level) => {
    expect(starRatingTotal(scores)).toBe(total);
    expect(starLevel(scores)).toBe(level);
  });

  it('gives no star when one section is just under 40 % of its maximum, however good the rest', () => {
    expect(starLevel({ environment: 47, facilities: 130, operations: 150, services: 600 })).toBe(0);
  });

  it('holds a high total down to the level its weakest section allows', () => {
    // Total 930 would be five stars, but the environment section is at 50 % (one star needs 40 %, two 50 %, three 60 %).
    expect(starLevel({ environment: 60, facilities: 130, operations: 150, services: 590 })).toBe(2);
    // A section just under its share for a level misses that level.
    expect(starLevel({ environment: 107, facilities: 130, operations: 150, services: 600 })).toBe(4);
  });

  it('names scores outside a section\'s range', () => {
    expect(starScoreProblems({ environment: 121, facilities: -1, operations: 150, services: 600 }).map((p) => p.field)).toEqual([
      'scores.environment',
      'scores.facilities',
    ]);
  });
});
