import { Injectable } from '@nestjs/common';
import { containsPattern } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
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

/**
 * One method per query on app_user; every read that a caller triggers takes the caller's scope, and every method the
 * manager it runs on (a transaction's, or the data source's for a read outside one).
 */
@Injectable()
export class UsersRepository {
  findActiveById(id: string, manager: EntityManager): Promise<User | null> {
    return manager.findOneBy(User, { id, active: true });
  }

  findByUsername(username: string, manager: EntityManager): Promise<User | null> {
    return manager.findOneBy(User, { username });
  }

  findInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<User | null> {
    const condition = scope.where({ regionCode: 'u.region_code' });
    return manager.createQueryBuilder(User, 'u').where('u.id = :id', { id }).andWhere(condition.sql, condition.params).getOne();
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

  listInScope(filter: UserFilter, scope: AccessScope, manager: EntityManager): Promise<[User[], number]> {
    const condition = scope.where({ regionCode: 'u.region_code' });
    const query = manager.createQueryBuilder(User, 'u').where(condition.sql, condition.params);
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined) query.andWhere('u.active = :active', { active: filter.active });
    if (filter.facilityId) query.andWhere(':facilityId = ANY(u.facility_ids)', { facilityId: filter.facilityId });
    if (filter.text) {
      query.andWhere(`(u.username ILIKE :text OR u.display_name ILIKE :text)`, { text: containsPattern(filter.text) });
    }
    return query.orderBy('u.username').offset(filter.offset).limit(filter.limit).getManyAndCount();
  }

  activeAdminExists(manager: EntityManager): Promise<boolean> {
    return manager.existsBy(User, { role: Role.Admin, active: true });
  }

  /** The ids of the active administrators, locked in id order, so two concurrent demotions cannot leave none. */
  async lockActiveAdmins(manager: EntityManager): Promise<string[]> {
    const admins: { id: string }[] = await manager.query(`SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`);
    return admins.map((admin) => admin.id);
  }

  /** Inserts a new account or writes a changed one; the row's defaults (id, timestamps) come back on it. */
  save(user: User, manager: EntityManager): Promise<User> {
    return manager.save(user);
  }

  /** Stamps a sign-in with the database's clock and answers the time stamped. */
  async stampLogin(id: string, manager: EntityManager): Promise<Date> {
    const result = await manager
      .createQueryBuilder()
      .update(User)
      .set({ lastLoginAt: () => 'now()' })
      .where('id = :id', { id })
      .returning('last_login_at')
      .execute();
    return result.raw[0].last_login_at;
  }
}
