import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource } from 'typeorm';
import { AppConfig, ROOT_LOGGER, type RootLogger } from '@yiyang/core';
import { Role } from './domain/roles';
import { verifyPassword } from './password-hasher';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** The documented password of the embedded demo's administrator; never used with DATABASE_URL. */
export const DEMO_ADMIN_PASSWORD = 'yiyang-demo-2025';

/** Creates the first administrator from configuration when there is none. */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly repository: UsersRepository,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The demo login for the start-up banner: embedded mode, no ADMIN_PASSWORD, and the administrator still has the
   * demo password. Null otherwise.
   */
  async demoLogin(): Promise<{ username: string; password: string } | null> {
    if (!this.config.embeddedDatabase || this.config.adminPassword) return null;
    const admin = await this.repository.findByUsername(this.config.adminUsername, this.dataSource.manager);
    if (!admin?.active || !(await verifyPassword(admin.passwordHash, DEMO_ADMIN_PASSWORD))) return null;
    return { username: admin.username, password: DEMO_ADMIN_PASSWORD };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (await this.repository.activeAdminExists(this.dataSource.manager)) return;
    const password = this.config.adminPassword ?? (this.config.embeddedDatabase ? DEMO_ADMIN_PASSWORD : undefined);
    if (!password) {
      this.logger.warn('No active administrator exists: set ADMIN_USERNAME and ADMIN_PASSWORD and restart to create one');
      return;
    }
    try {
      await this.users.create({ username: this.config.adminUsername, password, role: Role.Admin, displayName: '系统管理员' });
      this.logger.info({ username: this.config.adminUsername }, 'created the first administrator');
    } catch (error) {
      const duplicate =
        error instanceof QueryFailedError && (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505';
      if (!duplicate) throw error;
      // Another process created it at the same moment, or the name belongs to an account that is not an administrator.
      this.logger.warn({ username: this.config.adminUsername }, 'first administrator not created: the username is taken');
    }
  }
}
