import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { orNotFound, type Page, registerConstraintMeanings, today } from '@yiyang/core';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource } from 'typeorm';
import { StaffAdded, StaffLeft } from './audit-events';
import type { StaffInputDto, StaffQuery } from './dto/facility.dto';
import { FacilitiesService } from './facilities.service';
import type { Staff } from './staff.entity';
import { StaffRepository } from './staff.repository';

registerConstraintMeanings({
  staff_period_check: { field: 'on', message: 'leaving comes after hiring' },
});

/** The staff of facilities, employed over [hiredOn, leftOn): hiring and leaving take effect on a date. */
@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffRepository,
    private readonly facilities: FacilitiesService,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
  ) {}

  async add(facilityId: string, input: StaffInputDto, scope: AccessScope): Promise<Staff> {
    return this.dataSource.transaction(async (manager) => {
      await this.facilities.lock(facilityId, scope, manager);
      await this.periods.assertOpen(manager, input.hiredOn, 'hiredOn');
      const staff = await this.staff.add(
        {
          facilityId,
          name: input.name,
          role: input.role,
          hiredOn: input.hiredOn,
          certificates: (input.certificates ?? []).map((c) => ({
            kind: c.kind,
            level: c.level ?? null,
            number: c.number ?? null,
            issuedOn: c.issuedOn,
            validUntil: c.validUntil ?? null,
          })),
        },
        manager,
      );
      await this.audit.record(manager, StaffAdded, { entityId: staff.id, after: { facilityId, ...input } });
      return staff;
    });
  }

  async list(facilityId: string, query: StaffQuery, scope: AccessScope): Promise<Page<Staff>> {
    await this.facilities.get(facilityId, today(), scope);
    return this.staff.list(facilityId, query.date ?? today(), query.role, query, this.dataSource.manager);
  }

  async leaves(staffId: string, on: string, scope: AccessScope): Promise<Staff> {
    return this.dataSource.transaction(async (manager) => {
      const staff = orNotFound(await this.staff.lockInScope(staffId, scope, manager), 'Staff member', staffId);
      await this.periods.assertOpen(manager, on, 'on');
      const before = { ...staff };
      staff.leftOn = on;
      await this.staff.save(staff, manager);
      await this.audit.record(manager, StaffLeft, { entityId: staffId, before, after: { ...staff } });
      return staff;
    });
  }
}
