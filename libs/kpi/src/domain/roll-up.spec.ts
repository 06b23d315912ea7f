import { populationResolver } from './population';
import { findIndicator, INDICATORS } from './indicators';
import { monthsBetween, previousMonth } from '@yiyang/core';
import { monthPeriod } from './months';
import { attainmentStatus, gapUnits } from './attainment';
import { rollUp, valueOf, type IndicatorParts, type RegionNode } from './roll-up';

const node = (code: string, level: RegionNode['level']): [string, RegionNode] => [code, { code, name: code, level }];
// 浙江省 → 宁波市 → 海曙区 (two townships) and 江北区 (one township).
const tree = new Map<string, RegionNode>([
  node('330000000000', 'province'),
  node('330200000000', 'city'),
  node('330203000000', 'county'),
  node('330203001000', 'township'),
  node('330203002000', 'township'),
  node('330205000000', 'county'),
  node('330205001000', 'township'),
]);

const parts = (regionCode: string, indicator: string, numerator: number, denominator: number | null): IndicatorParts => ({ regionCode, indicator, numerator, denominator });

describe('rollUp', () => {
  const population = populationResolver(tree, [
    { code: '330203000000', basis: 'resident', people: 187_467 },
    { code: '330205000000', basis: 'resident', people: 83_681 },
    { code: '330200000000', basis: 'registered', people: 1_500_000 },
  ]);
  const rolled = rollUp(
    [
      parts('330203001000', 'care_type_bed_share', 90, 100),
      parts('330203002000', 'care_type_bed_share', 1, 10),
      parts('330205001000', 'care_type_bed_share', 30, 90),
      parts('330203001000', 'beds_per_1000_older', 100, null),
      parts('330203002000', 'beds_per_1000_older', 10, null),
      parts('330205001000', 'beds_per_1000_older', 90, null),
      parts('330203001000', 'smart_elderly_care_institutions_per_county', 3, null),
      parts('330203002000', 'smart_elderly_care_institutions_per_county', 2, null),
      parts('330205001000', 'smart_elderly_care_institutions_per_county', 1, null),
      parts('330205001000', 'meal_assistance_daily_recipients', 310, null),
    ],
    { indicators: INDICATORS, regions: tree, population, days: 31 },
  );
  const at = (code: string, indicator: string) => rolled.find((row) => row.regionCode === code && row.indicator === indicator)!;

  it('sums numerators and denominators, never averaging percentages', () => {
    expect(at('330203000000', 'care_type_bed_share')).toMatchObject({ numerator: 91, denominator: 110 });
    expect(at('330200000000', 'care_type_bed_share')).toMatchObject({ numerator: 121, denominator: 200 });
    // The average of 90 %, 10 % and 33 % would be 44 %; the city's share is 121 / 200.
    expect(valueOf(findIndicator('care_type_bed_share')!, 121, 200)).toBe(60.5);
  });

  it('takes each region’s own population, else the sum below it, registered before resident', () => {
    expect(at('330203000000', 'beds_per_1000_older')).toMatchObject({ numerator: 110, denominator: 187_467, populationBasis: 'resident' });
    expect(at('330200000000', 'beds_per_1000_older')).toMatchObject({ numerator: 200, denominator: 1_500_000, populationBasis: 'registered' });
    // The province has no figure of its own: the city's registered one is the nearest below.
    expect(at('330000000000', 'beds_per_1000_older')).toMatchObject({ denominator: 1_500_000, populationBasis: 'registered' });
    expect(at('330203001000', 'beds_per_1000_older')).toMatchObject({ denominator: null, populationBasis: null });
  });

  it('keeps the smallest county of a per-county indicator', () => {
    expect(at('330200000000', 'smart_elderly_care_institutions_per_county')).toMatchObject({ numerator: 6, countyMin: 1 });
    expect(at('330203000000', 'smart_elderly_care_institutions_per_county')).toMatchObject({ numerator: 5, countyMin: 5 });
  });

  describe('community older people per social worker (population less those in institutions)', () => {
    const id = 'social_worker_to_community_older_ratio';
    const ratio = rollUp(
      [
        // Township parts: people aged 60+ in institutions (numerator) and social workers serving communities (denominator).
        parts('330203001000', id, 1_200, 150),
        parts('330203002000', id, 467, 200),
        parts('330205001000', id, 681, 100),
      ],
      { indicators: INDICATORS, regions: tree, population, days: 31 },
    );
    const of = (code: string) => ratio.find((row) => row.regionCode === code && row.indicator === id);

    it('takes each region’s population less the people in institutions below it, with the basis', () => {
      // 海曙区: 187,467 resident 60+ less 1,200 + 467 in institutions = 185,800 in the community, over 350 social workers.
      expect(of('330203000000')).toMatchObject({ numerator: 185_800, denominator: 350, populationBasis: 'resident' });
      expect(valueOf(findIndicator(id)!, 185_800, 350)).toBe(530.857);
      // 宁波市: its own registered 1,500,000 less all 2,348 in institutions, over 450.
      expect(of('330200000000')).toMatchObject({ numerator: 1_497_652, denominator: 450, populationBasis: 'registered' });
      expect(of('330000000000')).toMatchObject({ numerator: 1_497_652, denominator: 450, populationBasis: 'registered' });
      // 江北区: 83,681 less 681.
      expect(of('330205000000')).toMatchObject({ numerator: 83_000, denominator: 100, populationBasis: 'resident' });
    });

    it('has no row (no value) for a region without a population', () => {
      expect(of('330203001000')).toBeUndefined();
      expect(of('330205001000')).toBeUndefined();
    });

    it('reads the gap as social workers to add', () => {
      // 83,000 community elders at 1:450 need ⌈184.4⌉ = 185 social workers; 100 serve: 85 more.
      const definition = findIndicator(id)!;
      expect(gapUnits(definition, { numerator: 83_000, denominator: 100 }, { year: 2025, comparator: '<=', value: 450 })).toBe(85);
      expect(attainmentStatus(definition, valueOf(definition, 83_000, 100), { year: 2025, comparator: '<=', value: 450 }, null, '2025-12')).toBe('off_track');
      expect(attainmentStatus(definition, valueOf(definition, 83_000, 185), { year: 2025, comparator: '<=', value: 450 }, null, '2025-12')).toBe('met');
    });
  });

  it('divides per-day flows by the days of the month at every level', () => {
    expect(at('330200000000', 'meal_assistance_daily_recipients')).toMatchObject({ numerator: 310, denominator: 31 });
    expect(valueOf(findIndicator('meal_assistance_daily_recipients')!, 310, 31)).toBe(10);
  });
});

describe('months', () => {
  it('reads a closed month on its last day and a month in progress up to today', () => {
    expect(monthPeriod('2025-02', '2026-12-02')).toMatchObject({ first: '2025-02-01', last: '2025-02-28', next: '2025-03-01', day: '2025-02-28', days: 28, inProgress: false });
    expect(monthPeriod('2026-12', '2026-12-02')).toMatchObject({ day: '2026-12-02', days: 2, inProgress: true });
  });

  it('counts the Monday–Sunday weeks whose Sunday falls in the month', () => {
    // June 2025: Sundays 1, 8, 15, 22, 29.
    expect(monthPeriod('2025-06', '2026-01-01').weeks).toEqual(['2025-05-26', '2025-06-02', '2025-06-09', '2025-06-16', '2025-06-23']);
  });

  it('walks months', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

});
