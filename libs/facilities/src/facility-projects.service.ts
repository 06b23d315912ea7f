import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { InvalidInputError, orNotFound, registerConstraintMeanings, RuleViolationError, today } from '@yiyang/core';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource } from 'typeorm';
import { ProjectCompleted, ProjectRecorded } from './audit-events';
import type { ProjectInputDto } from './dto/works.dto';
import { FacilitiesService } from './facilities.service';
import type { FacilityProject } from './facility-project.entity';
import { FacilityProjectsRepository } from './facility-projects.repository';

registerConstraintMeanings({
  facility_project_completed_check: { field: 'completedOn', message: 'a project completes on or after it started' },
  facility_project_funding_check: { field: 'fundingYuan', message: 'funding is not negative' },
});

/**
 * Building projects of facilities (提升改造, 消防改造, 维修改造, 改扩建, 新建). A project counts for the upgrade
 * indicators from the day it is completed, so the completion date falls under the reporting lock.
 */
@Injectable()
export class FacilityProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facilities: FacilitiesService,
    private readonly projects: FacilityProjectsRepository,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
  ) {}

  async create(facilityId: string, input: ProjectInputDto, scope: AccessScope): Promise<FacilityProject> {
    if (input.completedOn && input.completedOn < input.startedOn) {
      throw InvalidInputError.of([{ field: 'completedOn', message: `a project completes on or after it started (${input.startedOn})` }]);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.facilities.lock(facilityId, scope, manager);
      if (input.completedOn) await this.periods.assertOpen(manager, input.completedOn, 'completedOn');
      const project = await this.projects.insert(
        {
          facilityId,
          kind: input.kind,
          title: input.title,
          startedOn: input.startedOn,
          completedOn: input.completedOn ?? null,
          fundingYuan: input.fundingYuan?.toString() ?? null,
          fundingSource: input.fundingSource ?? null,
        },
        manager,
      );
      await this.audit.record(manager, ProjectRecorded, { entityId: project.id, after: { facilityId, ...input } });
      return project;
    });
  }

  async list(facilityId: string, scope: AccessScope): Promise<FacilityProject[]> {
    await this.facilities.get(facilityId, today(), scope);
    return this.projects.list(facilityId, this.dataSource.manager);
  }

  async complete(facilityId: string, projectId: string, completedOn: string, scope: AccessScope): Promise<FacilityProject> {
    return this.dataSource.transaction(async (manager) => {
      await this.facilities.lock(facilityId, scope, manager);
      const project = orNotFound(await this.projects.lockOf(facilityId, projectId, manager), 'Project', projectId);
      if (project.completedOn) throw new RuleViolationError(`Project ${projectId} was already completed on ${project.completedOn}`);
      if (completedOn < project.startedOn) {
        throw InvalidInputError.of([{ field: 'completedOn', message: `a project completes on or after it started (${project.startedOn})` }]);
      }
      await this.periods.assertOpen(manager, completedOn, 'completedOn');
      const before = { ...project };
      project.completedOn = completedOn;
      const saved = await this.projects.save(project, manager);
      await this.audit.record(manager, ProjectCompleted, { entityId: projectId, before, after: { ...saved } });
      return saved;
    });
  }
}
