import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError, offsetOf, orNotFound, type Page, registerConstraintMeanings, RuleViolationError, toPage } from '@yiyang/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccessScope } from './access-scope';
import { AuditService } from './audit.service';
import { Role, ROLE_GRANTS, scopeGrantProblems } from './domain/roles';
import type { CreateUserDto } from './dto/create-user.dto';
import type { ListUsersQuery } from './dto/list-users.query';
import type { UpdateUserDto } from './dto/update-user.dto';
import { hashPassword } from './password-hasher';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';
import { UserCreated, UserUpdated } from './audit-events';

registerConstraintMeanings({
  app_user_username_key: { field: 'username', message: 'username is already taken' },
  app_user_scope_check: { field: 'role', message: 'the role lacks the scope it needs (region, facilities or older people)' },
});

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/** Whether a change to an account takes away what its open sessions were granted: then they must end. */
function endsSessions(before: User, after: User): boolean {
  return (
    before.role !== after.role ||
    before.regionCode !== after.regionCode ||
    !sameSet(before.facilityIds, after.facilityIds) ||
    !sameSet(before.residentIds, after.residentIds) ||
    (before.active && !after.active)
  );
}

/**
 * Account management: every change is audited in its own transaction. A new password, role or scope, or
 * deactivation, raises the account's token version in that transaction, which ends its earlier tokens.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateUserDto): Promise<User> {
    const grants = { regionCode: input.regionCode ?? null, facilityIds: input.facilityIds ?? [], residentIds: input.residentIds ?? [] };
    this.assertGrants(input.role, grants);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const user = manager.create(User, {
        username: input.username,
        passwordHash,
        role: input.role,
        displayName: input.displayName ?? input.username,
        ...grants,
      });
      await this.users.save(user, manager);
      await this.audit.record(manager, UserCreated, { entityId: user.id, after: user });
      return user;
    });
  }

  async list(query: ListUsersQuery, scope: AccessScope): Promise<Page<User>> {
    const [items, total] = await this.users.listInScope(
      { role: query.role, active: query.active, text: query.q, facilityId: query.facilityId, offset: offsetOf(query), limit: query.limit },
      scope,
      this.dataSource.manager,
    );
    return toPage(items, total, query);
  }

  async get(id: string, scope: AccessScope): Promise<User> {
    return orNotFound(await this.users.findInScope(id, scope, this.dataSource.manager), 'User', id);
  }

  /** The caller's own account, whatever their scope covers. */
  async getOwnAccount(id: string): Promise<User> {
    return orNotFound(await this.users.findActiveById(id, this.dataSource.manager), 'User', id);
  }

  async update(id: string, input: UpdateUserDto, scope: AccessScope): Promise<User> {
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return this.dataSource.transaction(async (manager) => {
      const user = orNotFound(await this.users.lockInScope(id, scope, manager), 'User', id);
      const before = { ...user };
      const { password: _password, ...fields } = input;
      Object.assign(user, fields, passwordHash ? { passwordHash } : {});
      if (user.role !== before.role) this.dropGrantsTheRoleMayNotHold(user, input);
      this.assertGrants(user.role, user);
      if (before.role === Role.Admin && before.active && (user.role !== Role.Admin || !user.active)) {
        await this.assertAnotherActiveAdmin(manager, user.id);
      }
      if (passwordHash || endsSessions(before, user)) user.tokenVersion += 1;
      await this.users.save(user, manager);
      await this.audit.record(manager, UserUpdated, { entityId: user.id, before, after: user });
      return user;
    });
  }

  /** A new role keeps only the grants it may hold, unless the request sets them (then validation names them). */
  private dropGrantsTheRoleMayNotHold(user: User, input: UpdateUserDto): void {
    const allowed = ROLE_GRANTS[user.role];
    if (!allowed.includes('regionCode') && input.regionCode === undefined) user.regionCode = null;
    if (!allowed.includes('facilityIds') && input.facilityIds === undefined) user.facilityIds = [];
    if (!allowed.includes('residentIds') && input.residentIds === undefined) user.residentIds = [];
  }

  private assertGrants(role: Role, grants: Pick<User, 'regionCode' | 'facilityIds' | 'residentIds'>): void {
    const problems = scopeGrantProblems(role, grants);
    if (problems.length) throw InvalidInputError.of(problems);
  }

  private async assertAnotherActiveAdmin(manager: EntityManager, exceptId: string): Promise<void> {
    const admins = await this.users.lockActiveAdmins(manager);
    if (!admins.some((id) => id !== exceptId)) {
      throw new RuleViolationError('The last active administrator cannot be demoted or deactivated');
    }
  }
}
