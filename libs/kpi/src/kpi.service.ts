import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { InvalidInputError, NotFoundError, regionLevelOf, regionSubtreePrefix, today, type RegionLevel } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import {
  attainmentStatus,
  BINDING_LABELS,
  describeGap,
  expectedValue,
  gapUnits,
  pickTarget,
  STATUS_LABELS,
  type AttainmentStatus,
  type Binding,
  type Comparator,
} from './domain/attainment';
import { findIndicator, INDICATORS, type IndicatorDefinition } from './domain/indicators';
import { MONTH_PATTERN, monthPeriod } from './domain/months';
import { rollUp, valueOf, type PopulationBasis } from './domain/roll-up';
import type { AttainmentDto, BreakdownDto, KpiOverviewDto, PutTargetDto, TargetDto } from './dto/kpi.dto';
import { KpiEngine } from './kpi-engine';
import { buildKpiReport, type KpiReportInput, type ReportCell } from './report/kpi-report';

/** The 14th Five-Year plans run 2021–2025: without a published baseline, the trajectory starts at December of this year. */
export const PLAN_BASE_YEAR = 2020;

/** One region's parts of one indicator, from a snapshot or computed live. */
export interface RegionValue {
  regionCode: string;
  indicator: string;
  numerator: number;
  denominator: number | null;
  countyMin: number | null;
  populationBasis: PopulationBasis | null;
  revision: number | null;
  computedAt: Date | null;
}

interface MonthValues {
  source: 'snapshot' | 'live';
  values: Map<string, RegionValue>;
}

export interface TargetRow {
  year: number;
  comparator: Comparator;
  value: number;
  binding: Binding;
  sourceFile: string | null;
  sourceQuote: string | null;
  note: string | null;
  indicator: string;
}

export interface Baselines {
  for(definition: IndicatorDefinition, targetYear: number): { year: number; value: number; published: boolean; sourceQuote: string | null } | null;
}

const key = (regionCode: string, indicator: string) => `${regionCode}|${indicator}`;
/** Attainments of closed months kept in memory, most recently used last. */
const OVERVIEW_CACHE_SIZE = 500;
/** Changes whenever what a closed month's attainment shows may change: a rollup completing, a target set. */
const SNAPSHOT_VERSION = `(SELECT max(finished_at) FROM kpi_rollup WHERE status = 'complete')::text || '|' ||
  coalesce((SELECT max(set_at) FROM kpi_target)::text, '') || '|' || (SELECT count(*) FROM kpi_target)::text`;
/** How many lacking regions a gap's text names. */
const LACKING_NAMED = 10;
/** Indicators whose gaps name regions below: coverage ones the townships lacking, per-county ones the counties short. */
const LACKING_INDICATORS = INDICATORS.filter((definition) => definition.gap.listLacking).map((definition) => definition.id);
const PER_COUNTY_INDICATORS = INDICATORS.filter((definition) => definition.perCounty).map((definition) => definition.id);
const LEVELS: RegionLevel[] = ['province', 'city', 'county', 'township'];

/**
 * Plan attainment for a region and month: closed months read the rollup snapshots, the month in progress (or a
 * closed month not yet rolled up) is computed live from the records with the same engine and summation.
 */
@Injectable()
export class KpiService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engine: KpiEngine,
    private readonly audit: AuditService,
  ) {}

  private readonly overviews = new Map<string, { version: string; overview: KpiOverviewDto }>();

  private remember(key: string, entry: { version: string; overview: KpiOverviewDto }): void {
    this.overviews.delete(key);
    this.overviews.set(key, entry);
    if (this.overviews.size > OVERVIEW_CACHE_SIZE) this.overviews.delete(this.overviews.keys().next().value!);
  }

  indicators(): IndicatorDefinition[] {
    return [...INDICATORS];
  }

  async overview(regionCode: string, month: string, scope: AccessScope): Promise<KpiOverviewDto> {
    // A closed month's attainment changes only when a rollup completes or a target is set: until then it is served
    // from memory (the region is checked against the caller's scope in the same look-up; what it shows is the same
    // for everyone who may see the region).
    const closed = month < today().slice(0, 7);
    const { version, ...region } = await this.region(regionCode, scope, closed);
    const cacheKey = `${regionCode}|${month}`;
    const cached = this.overviews.get(cacheKey);
    if (version && cached?.version === version) return cached.overview;
    const overview = await this.computeOverview(region, month, scope);
    if (version && overview.source === 'snapshot') this.remember(cacheKey, { version, overview });
    return overview;
  }

  /** `known`: the month's values when the caller has them already (the report reads every region below). */
  private async computeOverview(
    region: { code: string; name: string; level: RegionLevel },
    month: string,
    scope: AccessScope,
    known?: MonthValues,
  ): Promise<KpiOverviewDto> {
    const regionCode = region.code;
    // The region's own values, and below it only what the gaps name (townships lacking, counties short).
    const data = known ?? (await this.monthValues(month, regionCode, scope, 'gaps'));
    const targets = await this.targets(regionCode);
    const baselines = await this.baselines(regionCode);
    const items: AttainmentDto[] = [];
    for (const definition of INDICATORS) {
      items.push(await this.attainment(definition, region, month, data, targets, baselines, scope));
    }
    await this.nameRegions(items);
    return { regionCode, regionName: region.name, level: region.level, month, source: data.source, items };
  }

  async breakdown(indicatorId: string, regionCode: string, month: string, scope: AccessScope): Promise<BreakdownDto> {
    const definition = this.indicator(indicatorId);
    const region = await this.region(regionCode, scope);
    const data = await this.monthValues(month, regionCode, scope, [definition.id]);
    const children = await this.children(regionCode);
    const higherIsBetter = definition.direction !== 'at_most';
    const items = children
      .map((child) => {
        const parts = data.values.get(key(child.code, definition.id));
        return {
          regionCode: child.code,
          regionName: child.name,
          level: child.level,
          value: parts ? this.shownValue(definition, parts, child.level) : null,
          numerator: parts?.numerator ?? null,
          denominator: parts?.denominator ?? null,
        };
      })
      // Worst first: the regions that hold the number down head the list.
      .sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : higherIsBetter ? a.value - b.value : b.value - a.value))
      .map((item, index) => ({ ...item, rank: index + 1 }));
    const own = data.values.get(key(regionCode, definition.id));
    return {
      indicator: definition.id,
      regionCode,
      regionName: region.name,
      month,
      source: data.source,
      value: own ? this.shownValue(definition, own, region.level) : null,
      items,
    };
  }

  async report(regionCode: string, month: string, scope: AccessScope): Promise<{ file: Buffer; fileName: string }> {
    const region = await this.region(regionCode, scope);
    // One read (or one live computation) of the month serves the summary and the sheets below it.
    const data = await this.monthValues(month, regionCode, scope, INDICATORS.map((definition) => definition.id));
    const overview = await this.computeOverview(region, month, scope, data);
    const tree = await this.engine.regionTree(regionCode, this.dataSource.manager);
    const cell = (item: AttainmentDto): ReportCell => ({
      value: item.value,
      numerator: item.numerator,
      denominator: item.denominator,
      target: item.target ? { year: item.target.year, comparator: item.target.comparator, value: item.target.value, binding: item.target.binding } : null,
      status: item.status,
      gapZh: item.gap?.zh ?? null,
    });
    const depth = LEVELS.indexOf(region.level as RegionLevel);
    const levels: KpiReportInput['levels'] = [];
    for (const level of LEVELS.slice(depth + 1)) {
      const regions = [...tree.values()].filter((node) => node.level === level && node.code !== regionCode);
      if (!regions.length) continue;
      const cells: Record<string, Record<string, ReportCell>> = {};
      for (const node of regions) {
        cells[node.code] = {};
        for (const definition of INDICATORS) {
          const parts = data.values.get(key(node.code, definition.id));
          const value = parts ? this.shownValue(definition, parts, node.level) : null;
          cells[node.code][definition.id] = {
            value,
            numerator: parts?.numerator ?? null,
            denominator: parts?.denominator ?? null,
            target: null,
            status: value === null ? 'no_data' : 'no_target',
          };
        }
      }
      levels.push({ level, regions: regions.map((node) => ({ code: node.code, name: node.name, level: node.level })), cells });
    }
    const file = await buildKpiReport({
      month,
      region: { code: region.code, name: region.name, level: region.level },
      generatedAt: new Date(),
      source: data.source,
      indicators: INDICATORS.map((definition) => ({
        id: definition.id,
        nameZh: definition.nameZh,
        nameEn: definition.nameEn,
        unitZh: definition.unitZh,
        direction: definition.direction,
        decimals: definition.decimals,
      })),
      summary: Object.fromEntries(overview.items.map((item) => [item.indicator, cell(item)])),
      levels,
    });
    return { file, fileName: `${region.name}-${month}-养老服务指标月报.xlsx` };
  }

  async listTargets(regionCode: string | undefined, scope: AccessScope): Promise<TargetDto[]> {
    const params: unknown[] = [];
    const conditions = [scope.sql({ regionCode: 't.region_code' }, params)];
    if (regionCode) {
      params.push(regionCode);
      conditions.push(`t.region_code = $${params.length}`);
    }
    const rows = await this.dataSource.query(
      `SELECT t.region_code AS "regionCode", t.indicator, t.year, t.comparator, t.value::float AS value, t.binding,
              t.source_file AS "sourceFile", t.source_quote AS "sourceQuote", t.note, t.set_at AS "setAt"
         FROM kpi_target t WHERE ${conditions.join(' AND ')} ORDER BY t.region_code, t.indicator, t.year`,
      params,
    );
    return rows.map((row: TargetDto) => ({ ...row, bindingZh: BINDING_LABELS[row.binding].zh }));
  }

  async putTarget(input: PutTargetDto, scope: AccessScope): Promise<TargetDto> {
    this.indicator(input.indicator, 'indicator');
    if (!scope.covers({ regionCode: input.regionCode })) throw new NotFoundError('Region', input.regionCode);
    await this.dataSource.transaction(async (manager) => {
      const [region] = await manager.query(`SELECT code FROM region WHERE code = $1`, [input.regionCode]);
      if (!region) throw InvalidInputError.of([{ field: 'regionCode', message: `region ${input.regionCode} does not exist` }]);
      const [before] = await manager.query(`SELECT comparator, value::float AS value, binding FROM kpi_target WHERE region_code = $1 AND indicator = $2 AND year = $3`, [
        input.regionCode,
        input.indicator,
        input.year,
      ]);
      await manager.query(
        `INSERT INTO kpi_target (region_code, indicator, year, comparator, value, binding, source_file, source_quote, note, set_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (region_code, indicator, year) DO UPDATE
           SET comparator = EXCLUDED.comparator, value = EXCLUDED.value, binding = EXCLUDED.binding, source_file = EXCLUDED.source_file,
               source_quote = EXCLUDED.source_quote, note = EXCLUDED.note, set_by = EXCLUDED.set_by, set_at = now()`,
        [
          input.regionCode,
          input.indicator,
          input.year,
          input.comparator,
          input.value,
          input.binding,
          input.source?.file ?? null,
          input.source?.quote ?? null,
          input.note ?? null,
          scope.user.id,
        ],
      );
      await this.audit.record(manager, {
        action: 'set_target',
        entity: 'kpi_target',
        entityId: `${input.regionCode}/${input.indicator}/${input.year}`,
        before: before ?? undefined,
        after: { comparator: input.comparator, value: input.value, binding: input.binding },
      });
    });
    const [target] = (await this.listTargets(input.regionCode, scope)).filter((t) => t.indicator === input.indicator && t.year === input.year);
    return target;
  }

  private async attainment(
    definition: IndicatorDefinition,
    region: { code: string; name: string; level: RegionLevel },
    month: string,
    data: MonthValues,
    targets: TargetRow[],
    baselines: Baselines,
    scope: AccessScope,
  ): Promise<AttainmentDto> {
    const parts = data.values.get(key(region.code, definition.id));
    const value = parts ? this.shownValue(definition, parts, region.level) : null;
    let cumulative: AttainmentDto['cumulative'] = null;
    if (definition.cumulativeFrom && parts && month >= definition.cumulativeFrom) {
      const total = await this.cumulativeNumerator(definition, region.code, month, parts.numerator, scope);
      cumulative = { from: definition.cumulativeFrom, value: total };
    }
    // A cumulative target counts from its first month: before it there is nothing to judge.
    const judged = definition.cumulativeFrom ? (cumulative?.value ?? null) : value;
    const target = pickTarget(
      targets.filter((t) => t.indicator === definition.id),
      month,
    );
    const baseline = target ? baselines.for(definition, target.year) : null;
    const status: AttainmentStatus = attainmentStatus(definition, judged, target, baseline, month);
    let gap: AttainmentDto['gap'] = null;
    if (target && parts && (status === 'at_risk' || status === 'off_track' || status === 'on_track')) {
      gap = this.gap(definition, region, parts, target, data);
    }
    return {
      indicator: definition.id,
      nameZh: definition.nameZh,
      nameEn: definition.nameEn,
      unitZh: definition.unitZh,
      unitEn: definition.unitEn,
      direction: definition.direction,
      value,
      numerator: parts?.numerator ?? null,
      denominator: parts?.denominator ?? null,
      populationBasis: parts?.populationBasis ?? null,
      countyMin: definition.perCounty ? (parts?.countyMin ?? null) : null,
      cumulative,
      revision: parts?.revision ?? null,
      computedAt: parts?.computedAt ?? null,
      target: target
        ? {
            year: target.year,
            comparator: target.comparator,
            value: target.value,
            binding: target.binding,
            bindingZh: BINDING_LABELS[target.binding].zh,
            sourceFile: target.sourceFile,
            sourceQuote: target.sourceQuote,
          }
        : null,
      baseline,
      expected: target && baseline ? round(expectedValue(baseline, target, month), definition.decimals) : null,
      status,
      statusZh: STATUS_LABELS[status].zh,
      gap,
    };
  }

  private gap(
    definition: IndicatorDefinition,
    region: { code: string; level: RegionLevel },
    parts: RegionValue,
    target: TargetRow,
    data: MonthValues,
  ): AttainmentDto['gap'] {
    if (definition.perCounty && region.level !== 'county' && region.level !== 'township') {
      const short = [...data.values.values()]
        .filter((v) => v.indicator === definition.id && v.regionCode.startsWith(regionSubtreePrefix(region.code)) && regionLevelOf(v.regionCode) === 'county')
        .filter((v) => v.numerator < target.value)
        .map((v) => ({ code: v.regionCode, units: Math.ceil(target.value - v.numerator) }));
      if (!short.length) return null;
      const units = short.reduce((sum, county) => sum + county.units, 0);
      return {
        units,
        zh: describeGap(definition.gap.zh, units),
        en: describeGap(definition.gap.en, units),
        regions: short.map((county) => ({ code: county.code, name: null, units: county.units })),
      };
    }
    const units = gapUnits(definition, parts, target);
    if (units === null || units === 0) return null;
    const lacking = definition.gap.listLacking
      ? [...data.values.values()]
          .filter(
            (v) =>
              v.indicator === definition.id &&
              v.regionCode !== region.code &&
              v.regionCode.startsWith(regionSubtreePrefix(region.code)) &&
              regionLevelOf(v.regionCode) === 'township' &&
              v.numerator < (v.denominator ?? 0),
          )
          .map((v) => ({ code: v.regionCode, name: null as string | null, units: 1 }))
      : undefined;
    return {
      units,
      zh: describeGap(definition.gap.zh, units),
      en: describeGap(definition.gap.en, units),
      regions: lacking,
    };
  }

  /** The value a region shows: per-county indicators above the county level read their smallest county. */
  shownValue(definition: IndicatorDefinition, parts: RegionValue, level: RegionLevel): number | null {
    if (definition.perCounty && (level === 'province' || level === 'city') && parts.countyMin !== null) return parts.countyMin;
    return valueOf(definition, parts.numerator, parts.denominator);
  }

  private async cumulativeNumerator(definition: IndicatorDefinition, regionCode: string, month: string, current: number, scope: AccessScope): Promise<number> {
    const params: unknown[] = [regionCode, definition.id, `${definition.cumulativeFrom}-01`, `${month}-01`];
    const [row] = await this.dataSource.query(
      `SELECT coalesce(sum(v.numerator), 0)::float AS total FROM kpi_value v
        WHERE v.region_code = $1 AND v.indicator = $2 AND v.month >= $3::date AND v.month < $4::date AND v.superseded_at IS NULL
          AND ${scope.sql({ regionCode: 'v.region_code' }, params)}`,
      params,
    );
    return Number(row.total) + current;
  }

  /**
   * The start of each indicator's straight line: the plan's published value for the latest year before the target,
   * else the region's computed value of December of PLAN_BASE_YEAR.
   */
  async baselines(regionCode: string): Promise<Baselines> {
    const published: { indicator: string; year: number; value: number; sourceQuote: string | null }[] = await this.dataSource.query(
      `SELECT indicator, year, value::float AS value, source_quote AS "sourceQuote" FROM kpi_baseline
        WHERE region_code = $1 AND kind = 'actual' ORDER BY indicator, year DESC`,
      [regionCode],
    );
    const computed: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT region_code, indicator, numerator, denominator, county_min, population_basis, revision, computed_at FROM kpi_value
        WHERE region_code = $1 AND month = $2::date AND superseded_at IS NULL`,
      [regionCode, `${PLAN_BASE_YEAR}-12-01`],
    );
    const december = new Map(computed.map((row) => [row.indicator as string, toRegionValue(row)]));
    return {
      for: (definition, targetYear) => {
        const own = published.find((row) => row.indicator === definition.id && row.year < targetYear);
        if (own) return { year: own.year, value: Number(own.value), published: true, sourceQuote: own.sourceQuote };
        const parts = december.get(definition.id);
        const value = parts ? valueOf(definition, parts.numerator, parts.denominator) : null;
        return value === null ? null : { year: PLAN_BASE_YEAR, value, published: false, sourceQuote: null };
      },
    };
  }

  /** Names the regions a gap lists, in one query. */
  private async nameRegions(items: AttainmentDto[]): Promise<void> {
    const listed = items.flatMap((item) => item.gap?.regions ?? []);
    if (!listed.length) return;
    const rows: { code: string; name: string }[] = await this.dataSource.query(`SELECT code, name FROM region WHERE code = ANY($1::varchar[])`, [
      [...new Set(listed.map((region) => region.code))],
    ]);
    const names = new Map(rows.map((row) => [row.code, row.name]));
    for (const item of items) {
      if (!item.gap?.regions) continue;
      for (const region of item.gap.regions) region.name = names.get(region.code) ?? null;
      const lacking = findIndicator(item.indicator)?.gap.listLacking;
      if (!lacking || !item.gap.regions.length) continue;
      // The text names the first few; the list carries them all.
      const named = item.gap.regions.map((region) => region.name ?? region.code);
      const shown = named.slice(0, LACKING_NAMED);
      const more = named.length - shown.length;
      item.gap.zh = `${item.gap.zh}；${describeGap(lacking.zh, named.length, shown)}${more > 0 ? `等 ${named.length} 个` : ''}`;
      item.gap.en = `${item.gap.en}; ${describeGap(lacking.en, named.length, shown)}${more > 0 ? ` and ${more} more` : ''}`;
    }
  }

  async targets(regionCode: string): Promise<TargetRow[]> {
    const rows = await this.dataSource.query(
      `SELECT indicator, year, comparator, value::float AS value, binding, source_file AS "sourceFile", source_quote AS "sourceQuote", note
         FROM kpi_target WHERE region_code = $1`,
      [regionCode],
    );
    return rows.map((row: TargetRow) => ({ ...row, value: Number(row.value) }));
  }

  /** Which of `regionCodes` have a target of their own for the indicator (one statement for a whole matrix). */
  async regionsWithTargets(indicator: string, regionCodes: string[]): Promise<Set<string>> {
    const rows: { region_code: string }[] = await this.dataSource.query(
      `SELECT DISTINCT region_code FROM kpi_target WHERE indicator = $1 AND region_code = ANY($2::varchar[])`,
      [indicator, regionCodes],
    );
    return new Set(rows.map((row) => row.region_code));
  }

  /**
   * The month's values of the region, and of the regions below it for `below` indicators: the snapshot of a closed
   * month (two index lookups), else computed live.
   */
  private async monthValues(month: string, regionCode: string, scope: AccessScope, below: readonly string[] | 'gaps'): Promise<MonthValues> {
    if (!MONTH_PATTERN.test(month)) throw InvalidInputError.of([{ field: 'month', message: 'a month as YYYY-MM' }]);
    const current = today().slice(0, 7);
    if (month > current) throw InvalidInputError.of([{ field: 'month', message: 'a month up to the current one' }]);
    if (month < current) {
      // For the gaps, only the townships that lack (numerator below denominator) and the county-level rows of
      // per-county indicators: a province's dashboard reads a few hundred rows, not its whole tree.
      const gaps = below === 'gaps';
      const wanted = gaps
        ? `((v.indicator = ANY($4::text[]) AND v.numerator < coalesce(v.denominator, 0)) OR (v.indicator = ANY($5::text[]) AND v.region_code ~ '^[0-9]{6}0{6}$'))`
        : `v.indicator = ANY($4::text[])`;
      const params: unknown[] = [`${month}-01`, regionCode, `${regionSubtreePrefix(regionCode)}%`, ...(gaps ? [LACKING_INDICATORS, PER_COUNTY_INDICATORS] : [below])];
      const columns = `v.region_code, v.indicator, v.numerator, v.denominator, v.county_min, v.population_basis, v.revision, v.computed_at`;
      const rows: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT ${columns} FROM kpi_value v WHERE v.month = $1::date AND v.region_code = $2 AND v.superseded_at IS NULL
            AND ${scope.sql({ regionCode: 'v.region_code' }, params)}
         UNION ALL
         SELECT ${columns} FROM kpi_value v
          WHERE v.month = $1::date AND ${wanted} AND v.region_code LIKE $3 AND v.region_code <> $2 AND v.superseded_at IS NULL
            AND ${scope.sql({ regionCode: 'v.region_code' }, params)}`,
        params,
      );
      if (rows.some((row) => row.region_code === regionCode)) {
        return { source: 'snapshot', values: new Map(rows.map((row) => [key(row.region_code as string, row.indicator as string), toRegionValue(row)])) };
      }
    }
    return this.live(month, regionCode);
  }

  private async live(month: string, regionCode: string): Promise<MonthValues> {
    const period = monthPeriod(month, today());
    const parts = await this.engine.townshipParts(period, regionCode, this.dataSource.manager);
    const tree = await this.engine.regionTree(regionCode, this.dataSource.manager);
    const population = await this.engine.populations(tree, Number(month.slice(0, 4)), this.dataSource.manager);
    const rolled = rollUp(parts, { indicators: INDICATORS, regions: tree, population, days: period.days });
    return {
      source: 'live',
      values: new Map(rolled.map((row) => [key(row.regionCode, row.indicator), { ...row, revision: null, computedAt: new Date() }])),
    };
  }

  /** The region when the caller may see it, with the snapshot version (see SNAPSHOT_VERSION) when asked for. */
  async region(
    regionCode: string,
    scope: AccessScope,
    withVersion = false,
  ): Promise<{ code: string; name: string; level: RegionLevel; version: string | null }> {
    const params: unknown[] = [regionCode];
    const [region] = await this.dataSource.query(
      `SELECT r.code, r.name, r.level, ${withVersion ? SNAPSHOT_VERSION : 'NULL'} AS version
         FROM region r WHERE r.code = $1 AND r.level <> 'village' AND ${scope.sql({ regionCode: 'r.code' }, params)}`,
      params,
    );
    if (!region) throw new NotFoundError('Region', regionCode);
    return region;
  }

  async children(regionCode: string): Promise<{ code: string; name: string; level: RegionLevel }[]> {
    return this.dataSource.query(
      `SELECT code, name, level FROM region WHERE parent_code = $1 AND level <> 'village' AND administered_by IS NULL ORDER BY code`,
      [regionCode],
    );
  }

  /** An indicator named in a path is a 404 when unknown; one named in a body, a 400 on that field. */
  indicator(id: string, field?: string): IndicatorDefinition {
    const definition = findIndicator(id);
    if (definition) return definition;
    if (!field) throw new NotFoundError('Indicator', id);
    throw InvalidInputError.of([{ field, message: `unknown indicator "${id}": GET /api/v1/kpi/indicators lists them` }]);
  }
}

export function toRegionValue(row: Record<string, unknown>): RegionValue {
  return {
    regionCode: row.region_code as string,
    indicator: row.indicator as string,
    numerator: Number(row.numerator),
    denominator: row.denominator === null ? null : Number(row.denominator),
    countyMin: row.county_min === null ? null : Number(row.county_min),
    populationBasis: (row.population_basis as PopulationBasis | null) ?? null,
    revision: row.revision === null || row.revision === undefined ? null : Number(row.revision),
    computedAt: (row.computed_at as Date | null) ?? null,
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
