import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { InvalidInputError, NotFoundError } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import type { DataSource } from 'typeorm';
import { KpiTargetSet } from './audit-events';
import { baselineFor, PLAN_BASE_YEAR, type PlanBaseline, type PlanTarget } from './domain/attainment';
import type { IndicatorDefinition } from './domain/indicators';
import { mapTarget, type PutTargetDto, type TargetDto } from './dto/target.dto';
import { requireIndicator } from './kpi-input';
import { KpiTargetsRepository } from './kpi-targets.repository';
import { KpiValuesService } from './kpi-values.service';

/** A region's trajectory starts, per indicator and target year. */
export type Baselines = (definition: IndicatorDefinition, targetYear: number) => PlanBaseline | null;

/** The plans' targets and the baselines their trajectories start from. */
@Injectable()
export class KpiTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: KpiTargetsRepository,
    private readonly regions: RegionsRepository,
    private readonly values: KpiValuesService,
    private readonly audit: AuditService,
  ) {}

  async list(regionCode: string | undefined, scope: AccessScope): Promise<TargetDto[]> {
    const rows = await this.targets.list({ regionCode }, scope, this.dataSource.manager);
    return rows.map(mapTarget);
  }

  /** Sets (or replaces) a region's target for an indicator and year, audited with the target it replaced. */
  async put(input: PutTargetDto, scope: AccessScope): Promise<TargetDto> {
    requireIndicator(input.indicator, 'indicator');
    if (!scope.covers({ regionCode: input.regionCode })) throw new NotFoundError('Region', input.regionCode);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.regions.findByCode(input.regionCode, manager, 'keyShare'))) {
        throw InvalidInputError.of([{ field: 'regionCode', message: `region ${input.regionCode} does not exist` }]);
      }
      const before = await this.targets.setting(input, manager);
      await this.targets.upsert(
        {
          regionCode: input.regionCode,
          indicator: input.indicator,
          year: input.year,
          comparator: input.comparator,
          value: input.value,
          binding: input.binding,
          sourceFile: input.source?.file ?? null,
          sourceQuote: input.source?.quote ?? null,
          note: input.note ?? null,
        },
        scope.user.id,
        manager,
      );
      await this.audit.record(manager, KpiTargetSet, {
        entityId: `${input.regionCode}/${input.indicator}/${input.year}`,
        before,
        after: { comparator: input.comparator, value: input.value, binding: input.binding },
      });
    });
    const [target] = (await this.list(input.regionCode, scope)).filter((t) => t.indicator === input.indicator && t.year === input.year);
    return target;
  }

  /** A region's own targets. */
  ofRegion(regionCode: string): Promise<PlanTarget[]> {
    return this.targets.ofRegion(regionCode, this.dataSource.manager);
  }

  /** Which of `regionCodes` have a target of their own for the indicator. */
  regionsWithOwn(indicator: string, regionCodes: string[]): Promise<Set<string>> {
    return this.targets.regionsWithOwn(indicator, regionCodes, this.dataSource.manager);
  }

  /**
   * The start of each indicator's straight line: the plan's published value for the latest year before the target,
   * else the region's computed value of December of PLAN_BASE_YEAR.
   */
  async baselines(regionCode: string): Promise<Baselines> {
    const published = await this.targets.publishedBaselines(regionCode, this.dataSource.manager);
    const december = await this.values.stored(regionCode, `${PLAN_BASE_YEAR}-12`);
    return (definition, targetYear) => baselineFor(definition, targetYear, published, december.get(definition.id));
  }
}
