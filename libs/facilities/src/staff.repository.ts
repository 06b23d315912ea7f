import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { offsetOf, type Page, toPage } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { StaffRole } from './domain/staff-roles';
import { Facility } from './facility.entity';
import { Staff, type StaffCertificate } from './staff.entity';

export type NewStaff = Pick<Staff, 'facilityId' | 'name' | 'role' | 'hiredOn'> & {
  certificates: Pick<StaffCertificate, 'kind' | 'level' | 'number' | 'issuedOn' | 'validUntil'>[];
};

/** Staff members of facilities, with their certificates. */
@Injectable()
export class StaffRepository {
  /** A new staff member with their certificates (inserted by the cascade). */
  add(staff: NewStaff, manager: EntityManager): Promise<Staff> {
    return manager.save(manager.create(Staff, staff));
  }

  /** The facility's staff employed on `date`, of one role when given, a page at a time in name order. */
  async list(facilityId: string, date: string, role: StaffRole | undefined, query: { page: number; limit: number }, manager: EntityManager): Promise<Page<Staff>> {
    const builder = manager
      .createQueryBuilder(Staff, 's')
      .leftJoinAndSelect('s.certificates', 'c')
      .where('s.facility_id = :facilityId', { facilityId })
      .andWhere('s.hired_on <= :date AND (s.left_on IS NULL OR s.left_on > :date)', { date });
    if (role) builder.andWhere('s.role = :role', { role });
    const [items, total] = await builder.orderBy('s.name').addOrderBy('s.id').skip(offsetOf(query)).take(query.limit).getManyAndCount();
    return toPage(items, total, query);
  }

  /** The staff member with their certificates, locked for the caller's transaction, if their facility lies in the caller's scope. */
  lockInScope(staffId: string, scope: AccessScope, manager: EntityManager): Promise<Staff | null> {
    const condition = scope.where({ regionCode: 'f.region_code', facilityId: 'f.id' });
    return manager
      .createQueryBuilder(Staff, 's')
      .innerJoin(Facility, 'f', 'f.id = s.facility_id')
      .leftJoinAndSelect('s.certificates', 'c')
      .where('s.id = :staffId', { staffId })
      .andWhere(condition.sql, condition.params)
      .setLock('pessimistic_write', undefined, ['s'])
      .getOne();
  }

  /** Writes a staff member the caller holds locked. */
  async save(staff: Staff, manager: EntityManager): Promise<void> {
    await manager.save(staff);
  }
}
