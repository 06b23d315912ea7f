import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { containsPattern } from '@yiyang/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccessScope } from './access-scope';
import { Role } from './domain/roles';
import { User } from './user.entity';

export interface UserFilter {
  role?: Role;
  active?: boolean;
  /** Part of the username or display name. */
  text?: string;
  /** Accounts granted this facility. */
  facilityId?: string;
  offset: number;
  limit: number;
}

/** One method per query; every read that a caller triggers takes the caller's scope. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findActiveById(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id, active: true });
  }

  findByUsername(username: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ username });
  }

  findInScope(id: string, scope: AccessScope): Promise<User | null> {
    const condition = scope.where({ regionCode: 'u.region_code' });
    return this.dataSource.createQueryBuilder(User, 'u').where('u.id = :id', { id }).andWhere(condition.sql, condition.params).getOne();
  }

  /** The same row, locked for the rest of the caller's transaction, so concurrent changes queue up. */
  lockInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<User | null> {
    const condition = scope.where({ regionCode: 'u.region_code' });
    return manager
      .createQueryBuilder(User, 'u')
      .setLock('pessimistic_write')
      .where('u.id = :id', { id })
      .andWhere(condition.sql, condition.params)
      .getOne();
  }

  async listInScope(filter: UserFilter, scope: AccessScope): Promise<[User[], number]> {
    const condition = scope.where({ regionCode: 'u.region_code' });
    const query = this.dataSource.createQueryBuilder(User, 'u').where(condition.sql, condition.params);
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined) query.andWhere('u.active = :active', { active: filter.active });
    if (filter.facilityId) query.andWhere(':facilityId = ANY(u.facility_ids)', { facilityId: filter.facilityId });
    if (filter.text) {
      query.andWhere(`(u.username ILIKE :text OR u.display_name ILIKE :text)`, { text: containsPattern(filter.text) });
    }
    return query.orderBy('u.username').offset(filter.offset).limit(filter.limit).getManyAndCount();
  }

  async activeAdminExists(): Promise<boolean> {
    return this.dataSource.getRepository(User).existsBy({ role: Role.Admin, active: true });
  }

}
