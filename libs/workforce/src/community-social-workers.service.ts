import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { InvalidInputError, orNotFound, type Page, registerConstraintMeanings, RuleViolationError, today } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource, EntityManager } from 'typeorm';
import { CommunitySocialWorkerAdded, CommunitySocialWorkerEnded } from './audit-events';
import { CommunitySocialWorkersRepository } from './community-social-workers.repository';
import {
  type CommunitySocialWorkerDto,
  type CommunitySocialWorkerInputDto,
  type CommunitySocialWorkerQuery,
  type CommunitySocialWorkerRow,
  mapCommunitySocialWorker,
} from './dto/community-social-worker.dto';

registerConstraintMeanings({
  community_social_worker_region_code_fkey: { field: 'regionCode', message: 'no such region' },
  community_social_worker_region_level_check: { field: 'regionCode', message: 'a community social worker serves a township (乡镇/街道) or a village (村/社区)' },
  community_social_worker_period_check: { field: 'on', message: 'the service ends after it started' },
});

/** Social workers serving older people in the community, over [startedOn, endedOn), in their officials' regions. */
@Injectable()
export class CommunitySocialWorkersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: CommunitySocialWorkersRepository,
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
  ) {}

  async create(input: CommunitySocialWorkerInputDto, scope: AccessScope): Promise<CommunitySocialWorkerDto> {
    scope.assertCoversRegion(input.regionCode);
    return this.dataSource.transaction(async (manager) => {
      await assertPlace(this.regions, input.regionCode, manager);
      await this.periods.assertOpen(manager, input.startedOn, 'startedOn');
      const id = await this.workers.insert(
        { name: input.name.trim(), regionCode: input.regionCode, organisation: input.organisation?.trim() ?? null, startedOn: input.startedOn },
        manager,
      );
      const worker = mapCommunitySocialWorker((await this.workers.findInScope(id, scope, manager))!);
      await this.audit.record(manager, CommunitySocialWorkerAdded, { entityId: id, after: worker });
      return worker;
    });
  }

  async list(query: CommunitySocialWorkerQuery, scope: AccessScope): Promise<Page<CommunitySocialWorkerRow>> {
    const manager = this.dataSource.manager;
    return this.workers.list({ ...query, today: today() }, scope, manager);
  }

  /** The worker stops serving from `on` (the first day no longer counted). */
  async end(id: string, on: string, scope: AccessScope): Promise<CommunitySocialWorkerDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = orNotFound(await this.workers.findInScope(id, scope, manager, true), 'Community social worker', id);
      if (row.endedOn !== null) throw new RuleViolationError(`This social worker already stopped serving on ${row.endedOn}`);
      if (on <= row.startedOn) throw InvalidInputError.of([{ field: 'on', message: `the service ends after it started (${row.startedOn})` }]);
      await this.periods.assertOpen(manager, on, 'on');
      await this.workers.end(id, on, manager);
      const after = { ...mapCommunitySocialWorker(row), endedOn: on };
      await this.audit.record(manager, CommunitySocialWorkerEnded, { entityId: id, before: mapCommunitySocialWorker(row), after });
      return after;
    });
  }
}

/** A region that exists at the township level or below, held against deletion for the transaction. */
export async function assertPlace(regions: RegionsRepository, code: string, manager: EntityManager, field = 'regionCode'): Promise<void> {
  await regions.placeOf(code, manager, { field, levels: ['township', 'village'], message: 'a township (乡镇/街道) or a village (村/社区), not a county or above' });
}
