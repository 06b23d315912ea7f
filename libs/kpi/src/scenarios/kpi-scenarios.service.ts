import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { NotFoundError, orNotFound, requestContext } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import { KpiScenarioCreated, KpiScenarioDeleted, KpiScenarioUpdated, type ScenarioSetting } from '../audit-events';
import { requireMonth, requireMonthSoFar } from '../kpi-input';
import { KpiValuesService } from '../kpi-values.service';
import type { SavedScenarioEvaluationDto, SaveScenarioDto, ScenarioDto, UpdateScenarioDto } from './dto/scenario.dto';
import { KpiScenariosRepository, type ScenarioRow } from './kpi-scenarios.repository';
import { ScenarioEvaluationService } from './scenario-evaluation.service';

const setting = (row: Pick<ScenarioRow, 'name' | 'regionCode' | 'month' | 'changes'>): ScenarioSetting => ({
  name: row.name,
  regionCode: row.regionCode,
  month: row.month,
  changes: row.changes,
});

/**
 * Saved what-if scenarios: named, scoped by their region (an officer sees those of the regions in scope; any other id
 * is a 404), audited like every other write. A scenario is checked by evaluating it before it is saved, and
 * evaluating a saved one re-applies its changes to today's records.
 */
@Injectable()
export class KpiScenariosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scenarios: KpiScenariosRepository,
    private readonly evaluation: ScenarioEvaluationService,
    private readonly values: KpiValuesService,
    private readonly audit: AuditService,
  ) {}

  async create(input: SaveScenarioDto, scope: AccessScope): Promise<ScenarioDto> {
    // The changes must apply (facilities known, beds enough…) before they are kept.
    await this.evaluation.evaluate(input.regionCode, input.month, input.changes, scope);
    const id = await this.dataSource.transaction(async (manager) => {
      const values = { name: input.name.trim(), regionCode: input.regionCode, month: input.month, changes: input.changes };
      const id = await this.scenarios.insert({ ...values, createdBy: requestContext.current()?.userId ?? null }, manager);
      await this.audit.record(manager, KpiScenarioCreated, { entityId: id, after: setting(values) });
      return id;
    });
    return this.get(id, scope);
  }

  async get(id: string, scope: AccessScope): Promise<ScenarioDto> {
    return orNotFound(await this.scenarios.findInScope(id, scope, this.dataSource.manager), 'Scenario', id);
  }

  async list(regionCode: string | undefined, scope: AccessScope): Promise<ScenarioDto[]> {
    if (regionCode) await this.values.region(regionCode, scope);
    return this.scenarios.list(regionCode, scope, this.dataSource.manager);
  }

  async update(id: string, input: UpdateScenarioDto, scope: AccessScope): Promise<ScenarioDto> {
    const current = await this.get(id, scope);
    const next = { name: input.name?.trim() ?? current.name, regionCode: current.regionCode, month: input.month ?? current.month, changes: input.changes ?? current.changes };
    if (input.month) {
      requireMonth(input.month);
      requireMonthSoFar(input.month);
    }
    if (input.changes || input.month) await this.evaluation.evaluate(current.regionCode, next.month, next.changes, scope);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.scenarios.findInScope(id, scope, manager, true);
      if (!locked) throw new NotFoundError('Scenario', id);
      await this.scenarios.update(id, next, manager);
      await this.audit.record(manager, KpiScenarioUpdated, { entityId: id, before: setting(locked), after: setting(next) });
    });
    return this.get(id, scope);
  }

  async delete(id: string, scope: AccessScope): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = orNotFound(await this.scenarios.findInScope(id, scope, manager, true), 'Scenario', id);
      await this.scenarios.delete(id, manager);
      await this.audit.record(manager, KpiScenarioDeleted, { entityId: id, before: setting(locked) });
    });
  }

  /** A saved scenario evaluated on today's records. */
  async evaluate(id: string, scope: AccessScope): Promise<SavedScenarioEvaluationDto> {
    const scenario = await this.get(id, scope);
    return { ...(await this.evaluation.evaluate(scenario.regionCode, scenario.month, scenario.changes, scope)), scenario };
  }
}
