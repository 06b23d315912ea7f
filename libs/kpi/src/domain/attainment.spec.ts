import {
  attainmentStatus,
  baselineFor,
  describeGap,
  expectedValue,
  gapOf,
  gapUnits,
  judgeMonth,
  meets,
  nameGapRegions,
  pickTarget,
  shownValue,
  type PlanTarget,
  type RegionValue,
  type Target,
} from './attainment';
import { findIndicator, INDICATORS } from './indicators';

const indicator = (id: string) => findIndicator(id)!;
const careShare = indicator('care_type_bed_share');
const targets: Target[] = [
  { year: 2022, comparator: '>=', value: 55 },
  { year: 2025, comparator: '>=', value: 58 },
];

describe('pickTarget', () => {
  it('takes the first target due in or after the month, else the last one', () => {
    expect(pickTarget(targets, '2021-06')?.year).toBe(2022);
    expect(pickTarget(targets, '2022-12')?.year).toBe(2022);
    expect(pickTarget(targets, '2023-01')?.year).toBe(2025);
    expect(pickTarget(targets, '2026-11')?.year).toBe(2025);
    expect(pickTarget([], '2025-01')).toBeNull();
  });
});

describe('meets', () => {
  it('compares at the published precision, and reads "=" on a floor indicator as reaching it', () => {
    expect(meets(careShare, 59.996, { year: 2025, comparator: '>=', value: 60 })).toBe(true);
    expect(meets(careShare, 59.994, { year: 2025, comparator: '>=', value: 60 })).toBe(false);
    expect(meets(indicator('rehab_room_coverage_large_institutions'), 100, { year: 2025, comparator: '=', value: 100 })).toBe(true);
    expect(meets(indicator('government_operated_bed_share'), 40, { year: 2025, comparator: '<=', value: 40 })).toBe(true);
    expect(meets(indicator('government_operated_bed_share'), 40.01, { year: 2025, comparator: '<=', value: 40 })).toBe(false);
    // An exact money standard holds within half a percent.
    expect(meets(indicator('purchased_home_service_standard'), 597.5, { year: 2025, comparator: '=', value: 600 })).toBe(true);
    expect(meets(indicator('purchased_home_service_standard'), 590, { year: 2025, comparator: '=', value: 600 })).toBe(false);
  });
});

describe('the straight line from baseline to target', () => {
  const baseline = { year: 2020, value: 30.92 };
  const target: Target = { year: 2025, comparator: '>=', value: 60 };

  it('runs from December of the baseline year to December of the target year', () => {
    expect(expectedValue(baseline, target, '2020-12')).toBeCloseTo(30.92);
    expect(expectedValue(baseline, target, '2023-06')).toBeCloseTo(30.92 + (29.08 * 30) / 60);
    expect(expectedValue(baseline, target, '2025-12')).toBeCloseTo(60);
    expect(expectedValue(baseline, target, '2027-01')).toBeCloseTo(60);
  });

  it('is on track on or above the line, at risk within a fifth of the planned change below it, off track further', () => {
    // 2023-06: the line stands at 45.46; the planned change is 29.08, a fifth of it 5.816.
    expect(attainmentStatus(careShare, 46, target, baseline, '2023-06')).toBe('on_track');
    expect(attainmentStatus(careShare, 40, target, baseline, '2023-06')).toBe('at_risk');
    expect(attainmentStatus(careShare, 39, target, baseline, '2023-06')).toBe('off_track');
    expect(attainmentStatus(careShare, 60, target, baseline, '2023-06')).toBe('met');
    expect(attainmentStatus(careShare, 30.92, target, baseline, '2020-12')).toBe('on_track');
  });

  it('judges a ceiling the other way round', () => {
    const government = indicator('government_operated_bed_share');
    const ceiling: Target = { year: 2025, comparator: '<=', value: 40 };
    // 2023-06: the line stands at 42.5; a fifth of the planned change is 1.
    expect(attainmentStatus(government, 42, ceiling, { year: 2020, value: 45 }, '2023-06')).toBe('on_track');
    expect(attainmentStatus(government, 43, ceiling, { year: 2020, value: 45 }, '2023-06')).toBe('at_risk');
    expect(attainmentStatus(government, 44, ceiling, { year: 2020, value: 45 }, '2023-06')).toBe('off_track');
  });

  it('is off track once the target year has ended unmet; without a baseline an unmet target is at risk', () => {
    expect(attainmentStatus(careShare, 59, target, baseline, '2025-12')).toBe('off_track');
    expect(attainmentStatus(careShare, 20, target, null, '2023-06')).toBe('at_risk');
    expect(attainmentStatus(careShare, null, target, baseline, '2023-06')).toBe('no_data');
    expect(attainmentStatus(careShare, 50, null, baseline, '2023-06')).toBe('no_target');
  });
});

describe('gapUnits', () => {
  it('counts beds to convert at the same denominator', () => {
    // 50 of 150 care-type, 60 % needs 90: 40 more.
    expect(gapUnits(careShare, { numerator: 50, denominator: 150 }, { year: 2025, comparator: '>=', value: 60 })).toBe(40);
    expect(gapUnits(careShare, { numerator: 1546, denominator: 5000 }, { year: 2025, comparator: '>=', value: 60 })).toBe(1454);
    expect(gapUnits(careShare, { numerator: 91, denominator: 150 }, { year: 2025, comparator: '>=', value: 60 })).toBe(0);
  });

  it('counts one more for a strict comparator met exactly', () => {
    expect(gapUnits(careShare, { numerator: 90, denominator: 150 }, { year: 2025, comparator: '>', value: 60 })).toBe(1);
  });

  it('counts beds to hand over for a ceiling, people to hire per bed, beds per 1,000 people', () => {
    expect(gapUnits(indicator('government_operated_bed_share'), { numerator: 3015, denominator: 6700 }, { year: 2025, comparator: '<=', value: 40 })).toBe(335);
    expect(gapUnits(indicator('social_workers_per_institution_beds'), { numerator: 600, denominator: 4 }, { year: 2025, comparator: '<=', value: 60 })).toBe(6);
    expect(gapUnits(indicator('beds_per_1000_older'), { numerator: 6700, denominator: 208_200 }, { year: 2025, comparator: '>=', value: 35 })).toBe(587);
    expect(gapUnits(indicator('township_elderly_service_centre_count'), { numerator: 9, denominator: null }, { year: 2025, comparator: '=', value: 11 })).toBe(2);
    expect(gapUnits(indicator('meal_assistance_daily_recipients'), { numerator: 31 * 40_000, denominator: 31 }, { year: 2025, comparator: '>=', value: 50_000 })).toBe(10_000);
  });

  it('fills the action text', () => {
    expect(describeGap(careShare.gap.en, 312)).toBe('convert 312 more institution beds to care-type');
    expect(describeGap('{k} 个：{list}', 2, ['统景镇', '大湾镇'])).toBe('2 个：统景镇、大湾镇');
  });
});

describe('the registry', () => {
  it('has unique ids, each measuring a catalog id, with aggregates for every denominator it divides by', () => {
    expect(new Set(INDICATORS.map((definition) => definition.id)).size).toBe(INDICATORS.length);
    for (const definition of INDICATORS) {
      expect(definition.id === definition.catalogId || definition.id.startsWith(`${definition.catalogId}.`)).toBe(true);
      expect(definition.numerator.length).toBeGreaterThan(0);
      if (definition.denominator.kind === 'sum') expect(definition.denominator.sql.length).toBeGreaterThan(0);
      if (definition.denominator.kind === 'population') expect(definition.scale).toBe(definition.denominator.per);
    }
  });
});

const regionValue = (regionCode: string, indicator: string, numerator: number, denominator: number | null, countyMin: number | null = null): RegionValue => ({
  regionCode,
  indicator,
  numerator,
  denominator,
  countyMin,
  populationBasis: null,
  revision: null,
  computedAt: null,
});
const planTarget = (indicator: string, year: number, value: number): PlanTarget => ({
  indicator,
  year,
  comparator: '>=',
  value,
  binding: 'binding',
  sourceFile: null,
  sourceQuote: null,
  note: null,
});

describe('shownValue', () => {
  const smart = indicator('smart_elderly_care_institutions_per_county');
  it('reads the smallest county of a per-county indicator above the county level, the parts elsewhere', () => {
    expect(shownValue(smart, regionValue('330200000000', smart.id, 6, null, 1), 'city')).toBe(1);
    expect(shownValue(smart, regionValue('330203000000', smart.id, 5, null, 5), 'county')).toBe(5);
    expect(shownValue(careShare, regionValue('330203000000', careShare.id, 30, 50), 'county')).toBe(60);
  });
});

describe('baselineFor', () => {
  const published = [
    { indicator: careShare.id, year: 2022, value: 52, sourceQuote: '2022年达到52%' },
    { indicator: careShare.id, year: 2020, value: 45, sourceQuote: null },
  ];
  it('takes the latest published value before the target year, else the computed December of the base year', () => {
    expect(baselineFor(careShare, 2025, published, undefined)).toEqual({ year: 2022, value: 52, published: true, sourceQuote: '2022年达到52%' });
    expect(baselineFor(careShare, 2022, published, undefined)).toEqual({ year: 2020, value: 45, published: true, sourceQuote: null });
    expect(baselineFor(careShare, 2020, published, regionValue('r', careShare.id, 40, 100))).toEqual({ year: 2020, value: 40, published: false, sourceQuote: null });
    expect(baselineFor(careShare, 2020, published, undefined)).toBeNull();
  });
});

describe('judgeMonth', () => {
  it("picks the indicator's own target and judges against the trajectory from its baseline", () => {
    const own = [planTarget('beds_per_1000_older', 2025, 99), planTarget(careShare.id, 2025, 60)];
    const judged = judgeMonth(careShare, 50, own, () => ({ year: 2020, value: 40, published: false, sourceQuote: null }), '2023-12');
    expect(judged.target?.indicator).toBe(careShare.id);
    expect(judged.baseline?.value).toBe(40);
    expect(judged.status).toBe(attainmentStatus(careShare, 50, own[1], { year: 2020, value: 40 }, '2023-12'));
    expect(judgeMonth(careShare, 50, [], () => null, '2023-12')).toEqual({ target: null, baseline: null, status: 'no_target' });
  });
});

describe('gapOf and nameGapRegions', () => {
  const coverage = indicator('township_comprehensive_facility_coverage');
  it('names the townships lacking below a region, the first few in the text', () => {
    const county = '330203000000';
    const values = new Map(
      [
        regionValue(county, coverage.id, 1, 3),
        regionValue('330203001000', coverage.id, 1, 1),
        regionValue('330203002000', coverage.id, 0, 1),
        regionValue('330203003000', coverage.id, 0, 1),
      ].map((value) => [`${value.regionCode}|${value.indicator}`, value]),
    );
    const gap = gapOf(coverage, { code: county, level: 'county' }, values.get(`${county}|${coverage.id}`)!, { year: 2025, comparator: '>=', value: 100 }, values)!;
    expect(gap.units).toBe(2);
    expect(gap.regions?.map((region) => region.code)).toEqual(['330203002000', '330203003000']);
    nameGapRegions(coverage, gap, new Map([['330203002000', '石碶街道']]));
    expect(gap.regions?.map((region) => region.name)).toEqual(['石碶街道', null]);
    expect(gap.zh).toContain('石碶街道、330203003000');
  });

  it('lists the counties short of a per-county target above the county level', () => {
    const smart = indicator('smart_elderly_care_institutions_per_county');
    const values = new Map(
      [regionValue('330200000000', smart.id, 7, null, 2), regionValue('330203000000', smart.id, 5, null, 5), regionValue('330205000000', smart.id, 2, null, 2)].map(
        (value) => [`${value.regionCode}|${value.indicator}`, value],
      ),
    );
    const gap = gapOf(smart, { code: '330200000000', level: 'city' }, values.get(`330200000000|${smart.id}`)!, { year: 2025, comparator: '>=', value: 3 }, values);
    expect(gap).toMatchObject({ units: 1, regions: [{ code: '330205000000', name: null, units: 1 }] });
  });
});
