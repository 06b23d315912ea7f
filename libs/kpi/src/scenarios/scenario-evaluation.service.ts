import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import { ConflictError, InvalidInputError, inForceOn, openOn, regionAncestry, regionSubtreePrefix, today, type FieldProblem, type RegionLevel } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import type { DataSource, EntityManager } from 'typeorm';
import { judgeMonth, pickTarget, shownValue, STATUS_LABELS, type PlanTarget, type RegionValue } from '../domain/attainment';
import { INDICATORS, INST, type IndicatorDefinition } from '../domain/indicators';
import { fewestFacilities, shareInverse } from '../domain/inverse';
import { monthPeriod } from '../domain/months';
import type { RolledParts } from '../domain/roll-up';
import { requireIndicator, requireMonth, requireMonthSoFar } from '../kpi-input';
import { KpiReroll } from '../kpi-reroll';
import { KpiStaleRepository } from '../kpi-stale.repository';
import { KpiTargetsService, type Baselines } from '../kpi-targets.service';
import { KpiValuesService } from '../kpi-values.service';
import type { ScenarioChange } from './domain/scenario-change';
import type { InverseDto, InverseFacilityDto, ScenarioEvaluationDto, ScenarioItemDto, ScenarioRegionDto, ScenarioSideDto } from './dto/scenario.dto';
import { ScenarioChanges } from './scenario-changes';

/** Beyond this an evaluation gives up waiting for a row a real write holds, rather than hold a request open. */
const LOCK_TIMEOUT = '5s';

/** Institutions of the region (in the caller's scope) with general (non care-type) institution beds open on $1, most first. */
const CONVERTIBLE = (scopeSql: string) => `
  SELECT f.id AS "facilityId", f.name, f.region_code AS "regionCode", count(*)::int AS "generalBeds"
    FROM facility f
    JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', '$1::date')} AND p.${INST}
    JOIN bed b ON b.facility_id = f.id AND b.setting = 'institution' AND ${openOn('b', '$1::date')}
    JOIN bed_classification c ON c.bed_id = b.id AND ${inForceOn('c', '$1::date')} AND NOT c.care_type
   WHERE f.region_code LIKE $2 AND ${openOn('f', '$1::date')} AND ${scopeSql}
   GROUP BY f.id ORDER BY 4 DESC, f.name, f.id`;

/**
 * What-if evaluation (情景推演): the region's and its ancestors' indicators before and after a list of changes,
 * judged as GET /kpi judges them. One REPEATABLE READ transaction computes "before" with KpiReroll, applies the
 * changes to the registry tables with the registry's repositories, computes "after" on the same manager — so it sees
 * its own uncommitted writes and nobody else's — and is rolled back whatever happens: nothing is written, no audit
 * entry, no sequence advanced (new rows take uuids made in the transaction).
 */
@Injectable()
export class ScenarioEvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reroll: KpiReroll,
    private readonly changes: ScenarioChanges,
    private readonly values: KpiValuesService,
    private readonly targets: KpiTargetsService,
    private readonly regions: RegionsRepository,
    private readonly stale: KpiStaleRepository,
  ) {}

  async evaluate(regionCode: string, month: string, changes: readonly ScenarioChange[], scope: AccessScope): Promise<ScenarioEvaluationDto> {
    const started = performance.now();
    requireMonth(month);
    requireMonthSoFar(month);
    const region = await this.values.region(regionCode, scope);
    // The ancestors the caller may see: an officer of a county is shown the county, not the city's totals.
    const judged = regionAncestry(region.code).filter((code) => scope.covers({ regionCode: code }));
    const { before, after } = await this.rolledBack(async (manager) => {
      const located = await this.changes.locate(region.code, changes, scope, manager);
      if (located.problems.length) throw invalid(located.problems);
      // "Before" reads the touched counties' stored parts where the month's rollup holds them and no correction is
      // pending for them (kpi_stale): they are what computing them again gives. "After" computes them on the changes.
      const stale = await this.stale.pendingFor(located.counties, month, manager);
      const before = await this.reroll.rerollWithParts(month, stale, judged, manager);
      const problems = await this.changes.apply(changes, manager);
      if (problems.length) throw invalid(problems);
      // Only the counties the changes touch are computed again: the others' parts are the "before" pass's (same snapshot).
      const after = await this.reroll.rerollWithParts(month, located.counties, judged, manager, before);
      return { before: before.rolled, after: after.rolled };
    });
    const names = await this.regions.existing(judged, this.dataSource.manager);
    const regions: ScenarioRegionDto[] = [];
    for (const code of judged) {
      const node = names.get(code);
      if (!node) continue;
      regions.push({
        regionCode: code,
        regionName: node.name,
        level: node.level,
        items: await this.judgeRegion(code, node.level as RegionLevel, month, byIndicator(before, code), byIndicator(after, code), scope),
      });
    }
    const items = regions.flatMap((entry) => entry.items);
    return {
      regionCode: region.code,
      month,
      changes: [...changes],
      regions,
      changedCount: items.filter((item) => item.changed).length,
      statusChangedCount: items.filter((item) => item.statusChanged).length,
      elapsedMs: Math.round(performance.now() - started),
    };
  }

  /**
   * Inverse question on a share of beds: the fewest beds to convert, or to open all care-type, to meet the target
   * judged in the month, from the parts as the records hold them now; for the care-type share also the institutions
   * that could convert and a ready list of convert_beds changes using the fewest of them.
   */
  async inverse(indicatorId: string, regionCode: string, month: string, scope: AccessScope): Promise<InverseDto> {
    const definition = requireIndicator(indicatorId);
    if (!invertible(definition)) {
      throw InvalidInputError.of([{ field: 'indicator', message: `${definition.id} is not a share of beds with a floor target; inverse answers are for those` }]);
    }
    requireMonth(month);
    requireMonthSoFar(month);
    const region = await this.values.region(regionCode, scope);
    const period = monthPeriod(month, today());
    const { rows, facilities } = await this.rolledBack(async (manager) => {
      const rows = await this.reroll.reroll(month, [], [region.code], manager);
      const params: unknown[] = [period.day, `${regionSubtreePrefix(region.code)}%`];
      const facilities: InverseFacilityDto[] =
        definition.id === 'care_type_bed_share' ? await manager.query(CONVERTIBLE(scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)), params) : [];
      return { rows, facilities };
    });
    const parts = rows.find((row) => row.regionCode === region.code && row.indicator === definition.id);
    const numerator = parts?.numerator ?? 0;
    const denominator = parts?.denominator ?? 0;
    const targets = (await this.targets.ofRegion(region.code)).filter((target) => target.indicator === definition.id);
    const target = pickTarget(targets, month);
    const value = parts ? shownValue(definition, { ...parts, revision: null, computedAt: null }, region.level) : null;
    const answer = target ? shareInverse(definition, numerator, denominator, target) : null;
    const plan = answer?.convert ? fewestFacilities(facilities, answer.convert) : null;
    return {
      indicator: definition.id,
      regionCode: region.code,
      month,
      day: period.day,
      numerator,
      denominator,
      value,
      target: target ? { year: target.year, comparator: target.comparator, value: Number(target.value) } : null,
      met: answer?.convert === 0,
      convert: answer?.convert ?? null,
      open: answer?.open ?? null,
      facilities,
      changes: (plan ?? []).map((step) => ({ kind: 'convert_beds' as const, facilityId: step.facility.facilityId, beds: step.beds, from: period.day })),
    };
  }

  /** Runs `work` in a REPEATABLE READ transaction that is always rolled back, and returns what it computed. */
  private async rolledBack<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      // The source tables' stale-marking triggers skip a what-if transaction (see migration KpiCorrections).
      await runner.query(`SELECT set_config('lock_timeout', $1, true), set_config('yiyang.what_if', 'on', true)`, [LOCK_TIMEOUT]);
      return await work(runner.manager);
    } catch (error) {
      // A real write committed to a row the scenario changes after its snapshot (40001), or held it too long (55P03).
      const code = (error as { driverError?: { code?: string } }).driverError?.code;
      if (code === '40001' || code === '55P03') throw new ConflictError('The records changed or were busy while the scenario was evaluated: try again');
      throw error;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  private async judgeRegion(
    code: string,
    level: RegionLevel,
    month: string,
    before: Map<string, RolledParts>,
    after: Map<string, RolledParts>,
    scope: AccessScope,
  ): Promise<ScenarioItemDto[]> {
    const targets = await this.targets.ofRegion(code);
    const baselines = await this.targets.baselines(code);
    // The stored months a cumulative indicator adds up are the same on both sides: read once.
    const cumulativeBefore = await this.values.cumulativeBefore(INDICATORS, code, month, scope);
    const items: ScenarioItemDto[] = [];
    for (const definition of INDICATORS) {
      const was = side(definition, level, month, before.get(definition.id), targets, baselines, cumulativeBefore);
      const now = side(definition, level, month, after.get(definition.id), targets, baselines, cumulativeBefore);
      const target = pickTarget(
        targets.filter((row) => row.indicator === definition.id),
        month,
      );
      items.push({
        indicator: definition.id,
        nameZh: definition.nameZh,
        nameEn: definition.nameEn,
        unitZh: definition.unitZh,
        unitEn: definition.unitEn,
        decimals: definition.decimals,
        target: target ? { year: target.year, comparator: target.comparator, value: Number(target.value) } : null,
        before: was,
        after: now,
        changed: was.numerator !== now.numerator || was.denominator !== now.denominator || was.value !== now.value || was.judged !== now.judged,
        statusChanged: was.status !== now.status,
      });
    }
    return items;
  }
}

/** One side of an indicator, judged as the attainment service judges it (cumulative ones on the months since their start). */
function side(
  definition: IndicatorDefinition,
  level: RegionLevel,
  month: string,
  parts: RolledParts | undefined,
  targets: PlanTarget[],
  baselines: Baselines,
  cumulativeBefore: ReadonlyMap<string, number>,
): ScenarioSideDto {
  const value = parts ? shownValue(definition, { ...parts, revision: null, computedAt: null } satisfies RegionValue, level) : null;
  let judged = value;
  if (definition.cumulativeFrom) judged = parts && month >= definition.cumulativeFrom ? (cumulativeBefore.get(definition.id) ?? 0) + parts.numerator : null;
  const { status } = judgeMonth(definition, judged, targets, baselines, month);
  return { numerator: parts?.numerator ?? null, denominator: parts?.denominator ?? null, value, judged, status, statusZh: STATUS_LABELS[status].zh };
}

/** Share-of-beds indicators a floor target is set on: beds can be converted into their numerator or opened in it. */
export function invertible(definition: IndicatorDefinition): boolean {
  return definition.source === 'beds' && definition.denominator.kind === 'sum' && definition.direction === 'at_least';
}

function byIndicator(rows: readonly RolledParts[], regionCode: string): Map<string, RolledParts> {
  return new Map(rows.filter((row) => row.regionCode === regionCode).map((row) => [row.indicator, row]));
}

function invalid(problems: FieldProblem[]): InvalidInputError {
  return new InvalidInputError(`Validation failed: ${[...new Set(problems.map((problem) => problem.field))].join(', ')}`, problems);
}
