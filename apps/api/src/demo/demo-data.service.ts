import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, monthOf, monthsBetween, PersonalDataCipher, previousMonth, ROOT_LOGGER, StartUpProgress, today, type RootLogger } from '@yiyang/core';
import { KpiRollupService } from '@yiyang/kpi';
import type { DataSource } from 'typeorm';
import { extendDemoData, loadDemoData } from '../../../../seeds/demo';
import { DemoAccountsService } from './demo-accounts.service';

/** The first month the demo reproduces the plans' published baselines in. */
export const DEMO_FIRST_MONTH = '2020-12';

/**
 * On the first start of an empty database (embedded by default, or DEMO_DATA=true): the demo data of the five plan
 * areas; at every start, the demo extended to today (the days since the last start, the coming two weeks' slots);
 * then a rollup of each closed month since the baselines that none covers yet: with
 * BullMQ run by the worker, with in-process jobs in bulk in the background (KpiRollupService.rollUpInBulk).
 */
@Injectable()
export class DemoDataService {
  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly rollups: KpiRollupService,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
    private readonly progress: StartUpProgress,
    private readonly accounts: DemoAccountsService,
  ) {}

  async loadOnFirstStart(): Promise<void> {
    if (!this.config.loadDemoData) return;
    const [admin] = await this.dataSource.query(`SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY created_at LIMIT 1`);
    if (!admin) {
      this.logger.warn('demo data not loaded: no administrator to book the demo services as');
      return;
    }
    const started = Date.now();
    this.progress.enter('demo');
    // One line at info when done: a line per table reads like a problem to someone starting Yiyang the first time.
    const result = await loadDemoData(this.dataSource, this.cipher, {
      bookedBy: admin.id,
      log: (message) => this.logger.debug(message),
      progress: (step, done, total, rows) => this.progress.advance(step, done, total, rows),
    });
    if (result.loaded) {
      this.logger.info({ counts: result.counts, stepsMs: result.durationsMs, durationMs: Date.now() - started }, 'demo data loaded');
    } else {
      this.logger.info('demo data present (or a region tree of its own): nothing loaded');
    }
    const extension = await extendDemoData(this.dataSource, {
      bookedBy: admin.id,
      log: (message) => this.logger.debug(message),
      progress: (step, done, total, rows) => this.progress.advance(step, done, total, rows),
    });
    if (extension.extended) {
      const { extendedFrom, extendedThrough, publishedThrough, counts, durationsMs } = extension;
      this.logger.info({ extendedFrom, extendedThrough, publishedThrough, ...counts, durationMs: durationsMs }, 'demo extended to today');
    }
    // Only over the demo (never over a region tree of its own), after the extension: the family account is linked to
    // people with slots to book in the coming two weeks.
    if (result.loaded || extension.extended) await this.accounts.create();
    // Fresh tables have no planner statistics (PGlite has no autovacuum, PostgreSQL's comes later) and no visibility
    // map: without them the KPI statements guess their joins and cannot scan indexes only.
    if (result.loaded) {
      this.progress.enter('kpi', 'planner statistics');
      await this.dataSource.query(`VACUUM ANALYZE`);
    }
    if (this.config.inProcessJobs) {
      // Without a worker (embedded, or PostgreSQL without Redis) the process rolls the months up itself, in bulk and
      // in the background: a flow per month would run them all at once. The board computes them live meanwhile.
      this.rollUpInBackground();
      return;
    }
    // Work that prepares the KPI figures of the demo months at start-up reports as this phase.
    this.progress.enter('kpi', 'queueing rollups');
    await this.rollUpMissingMonths();
  }

  /** The demo's closed months, newest first, rolled up in this process after start-up; one line at info when done. */
  private rollUpInBackground(): void {
    const months = monthsBetween(DEMO_FIRST_MONTH, previousMonth(monthOf(today())));
    const started = Date.now();
    setImmediate(() => {
      this.rollups.rollUpInBulk(months).then(
        ({ complete, failed }) => {
          if (complete || failed) {
            this.logger.info({ months: complete, failed, durationMs: Date.now() - started }, 'demo months rolled up (GET /api/v1/rollups lists them)');
          }
        },
        (error: unknown) => this.logger.warn({ err: error }, 'demo months not rolled up: they are computed live when asked'),
      );
    });
  }

  /** Every closed month since the baselines that no rollup of everything covers yet (queued, running or done). */
  private async rollUpMissingMonths(): Promise<void> {
    const months = monthsBetween(DEMO_FIRST_MONTH, previousMonth(monthOf(today())));
    const covered: { month: string }[] = await this.dataSource.query(
      `SELECT DISTINCT to_char(month, 'YYYY-MM') AS month FROM kpi_rollup WHERE region_code IS NULL AND status IN ('queued', 'running', 'complete')`,
    );
    const done = new Set(covered.map((row) => row.month));
    const missing = months.filter((month) => !done.has(month));
    for (const month of missing) await this.rollups.start(month, null, null);
    if (missing.length) {
      this.logger.info(
        { months: missing.length, from: missing[0], to: missing.at(-1) },
        'demo months queued for rollup (GET /api/v1/rollups/:id shows each; until then months are computed live)',
      );
    }
  }
}
