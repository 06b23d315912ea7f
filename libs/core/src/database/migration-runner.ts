import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import type { RootLogger } from '../logging/logger';
import { ROOT_LOGGER } from '../logging/logger.tokens';
import { StartUpProgress } from '../runtime/start-up-progress';

/**
 * Applies pending migrations at start-up when DATABASE_MIGRATE_ON_START says so (the default in embedded mode),
 * before any module's bootstrap code touches the tables. Each migration runs in its own transaction.
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
    private readonly progress: StartUpProgress,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.migrateOnStart) return;
    const started = Date.now();
    this.progress.enter('migrations');
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) {
      this.logger.info({ migrations: applied.map((m) => m.name), durationMs: Date.now() - started }, `applied ${applied.length} migration(s)`);
    }
  }
}
