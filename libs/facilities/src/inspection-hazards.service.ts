import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { InvalidInputError, orNotFound, registerConstraintMeanings, RuleViolationError, today } from '@yiyang/core';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource } from 'typeorm';
import { HazardRecorded, HazardRectified } from './audit-events';
import type { HazardInputDto, HazardStatus } from './dto/works.dto';
import { FacilitiesService } from './facilities.service';
import type { InspectionHazard } from './inspection-hazard.entity';
import { InspectionHazardsRepository } from './inspection-hazards.repository';

registerConstraintMeanings({
  inspection_hazard_rectified_check: { field: 'rectifiedOn', message: 'a hazard is rectified on or after it was found' },
  inspection_hazard_inspection_id_fkey: { field: 'inspectionId', message: 'no such inspection' },
});

/**
 * Safety hazards found at facilities (安全隐患) and their rectification (整改). The yearly inspection's pass and score
 * stay as they are; a hazard may name the inspection that found it. Both dates change the rectification rate of
 * their month, so both fall under the reporting lock.
 */
@Injectable()
export class InspectionHazardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facilities: FacilitiesService,
    private readonly hazards: InspectionHazardsRepository,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
  ) {}

  async record(facilityId: string, input: HazardInputDto, scope: AccessScope): Promise<InspectionHazard> {
    return this.dataSource.transaction(async (manager) => {
      await this.facilities.lock(facilityId, scope, manager);
      if (input.inspectionId && !(await this.hazards.inspectionOf(facilityId, input.inspectionId, manager))) {
        throw InvalidInputError.of([{ field: 'inspectionId', message: 'no inspection of this facility has this id' }]);
      }
      await this.periods.assertOpen(manager, input.foundOn, 'foundOn');
      const hazard = await this.hazards.insert(
        { facilityId, inspectionId: input.inspectionId ?? null, description: input.description, major: input.major, foundOn: input.foundOn },
        manager,
      );
      await this.audit.record(manager, HazardRecorded, { entityId: hazard.id, after: { facilityId, ...input } });
      return hazard;
    });
  }

  async list(facilityId: string, status: HazardStatus | undefined, scope: AccessScope): Promise<InspectionHazard[]> {
    await this.facilities.get(facilityId, today(), scope);
    return this.hazards.list(facilityId, status, this.dataSource.manager);
  }

  async rectify(facilityId: string, hazardId: string, rectifiedOn: string, scope: AccessScope): Promise<InspectionHazard> {
    return this.dataSource.transaction(async (manager) => {
      await this.facilities.lock(facilityId, scope, manager);
      const hazard = orNotFound(await this.hazards.lockOf(facilityId, hazardId, manager), 'Hazard', hazardId);
      if (hazard.rectifiedOn) throw new RuleViolationError(`Hazard ${hazardId} was already rectified on ${hazard.rectifiedOn}`);
      if (rectifiedOn < hazard.foundOn) {
        throw InvalidInputError.of([{ field: 'rectifiedOn', message: `a hazard is rectified on or after it was found (${hazard.foundOn})` }]);
      }
      await this.periods.assertOpen(manager, rectifiedOn, 'rectifiedOn');
      const before = { ...hazard };
      hazard.rectifiedOn = rectifiedOn;
      const saved = await this.hazards.save(hazard, manager);
      await this.audit.record(manager, HazardRectified, { entityId: hazardId, before, after: { ...saved } });
      return saved;
    });
  }
}
