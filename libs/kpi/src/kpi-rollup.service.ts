import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import {
  AppConfig,
  ForegroundActivity,
  InvalidInputError,
  type JobContext,
  JobName,
  JobQueue,
  mapPage,
  NotFoundError,
  orNotFound,
  type Page,
  previousMonth,
  regionSubtreePrefix,
  ROOT_LOGGER,
  type RootLogger,
  RuleViolationError,
  today,
} from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import type { DataSource, EntityManager } from 'typeorm';
import { INDICATORS } from './domain/indicators';
import { monthPeriod } from './domain/months';
import { rollUp, type IndicatorParts, type RolledParts } from './domain/roll-up';
import { mapRollup, type RollupDto, type RollupListQuery } from './dto/rollup.dto';
import { KpiCountyPartsRepository } from './kpi-county-parts.repository';
import { KpiEngine } from './kpi-engine';
import { currentMonth, requireMonth } from './kpi-input';
import { KpiRollupsRepository, type LiveRun, type RollupRow } from './kpi-rollups.repository';
import { KpiValuesRepository } from './kpi-values.repository';

/** Tries of each rollup job; the last failing one marks the run failed, so the month can be asked for again. */
export const ROLLUP_ATTEMPTS = 3;

/** How long an embedded process waits after start-up before it runs rollups left over or queued for the demo months. */
export const EMBEDDED_BACKGROUND_DELAY_MS = 60_000;

/**
 * Months one step of a bulk rollup computes for a county: more months make fewer statements, but a longer step
 * that a request on embedded PGlite may have to wait for.
 */
const BULK_MONTHS = 6;

/** A rollup that stored at least this many new values refreshes the snapshot table's statistics. */
const ANALYZE_AFTER_REVISIONS = 10_000;

/** The job id of a month's rollup of a region (rollup-2025-06-500112), or of everything (rollup-2025-06-all). */
export function rollupJobId(month: string, regionCode: string | null): string {
  return `rollup-${month}-${regionCode ? regionSubtreePrefix(regionCode) : 'all'}`;
}

/**
 * Monthly rollups: a flow of one job per county-level region, each computing its townships' parts in one
 * transaction into a staging table, then a parent that sums them up the tree and writes the month's snapshot in one
 * transaction. A run that dies half-way leaves staged rows only, never a partial snapshot; its jobs are retried.
 */
@Injectable()
export class KpiRollupService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private backgroundStart?: NodeJS.Timeout;
  /** Set when the process stops: a bulk rollup ends after its current step. */
  private stopping = false;
  private bulk?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engine: KpiEngine,
    private readonly rollups: KpiRollupsRepository,
    private readonly values: KpiValuesRepository,
    private readonly countyParts: KpiCountyPartsRepository,
    private readonly regions: RegionsRepository,
    private readonly queue: JobQueue,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
    private readonly config: AppConfig,
    private readonly foreground: ForegroundActivity,
  ) {}

  /** A caller's request: an officer rolls up their own region (or below); everything at once is for administrators. */
  async request(month: string, regionCode: string | undefined, scope: AccessScope): Promise<RollupDto> {
    const region = regionCode ?? (scope.unrestricted ? null : scope.user.regionCode);
    if (region && !scope.covers({ regionCode: region })) throw new NotFoundError('Region', region);
    const { rollup, created } = await this.start(month, region ?? null, scope.user.id);
    return mapRollup(rollup, created);
  }

  /** Starts the month's rollup of a region (null: every region), or returns the run already queued or running. */
  async start(month: string, regionCode: string | null, requestedBy: string | null): Promise<{ rollup: RollupRow; created: boolean }> {
    requireMonth(month);
    if (month >= currentMonth()) throw new RuleViolationError('Only a closed month is rolled up: the month in progress is computed live');
    if (regionCode) {
      const region = orNotFound(await this.regions.findByCode(regionCode, this.dataSource.manager), 'Region', regionCode);
      if (!['province', 'city', 'county'].includes(region.level)) {
        throw InvalidInputError.of([{ field: 'regionCode', message: 'roll up a province, city or county-level region' }]);
      }
    }
    const jobId = rollupJobId(month, regionCode);
    const manager = this.dataSource.manager;
    const counties = await this.engine.counties(regionCode, manager);
    const inserted = await this.rollups.insert({ jobId, month, regionCode, countiesTotal: counties.length, requestedBy }, manager);
    if (!inserted) {
      const live = await this.rollups.findLive(jobId, manager);
      // A run whose job is gone would hold the month for ever: it is marked lost, and a new run takes its place.
      if (live && !(await this.markLostIfJobGone(live.id))) return { rollup: live, created: false };
      // The live run finished (or was lost) between the insert and this read: ask again.
      return this.start(month, regionCode, requestedBy);
    }
    try {
      await this.queue.removeFinished(jobId);
      await this.enqueue(inserted, jobId, counties);
    } catch (error) {
      await this.markFailed(inserted, error);
      throw error;
    }
    return { rollup: await this.run(inserted), created: true };
  }

  /**
   * In-process jobs live in the process that ran them: runs a stopped process left queued or running are queued
   * again at start-up (their county jobs replace whatever they had staged). BullMQ keeps its jobs in Redis.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.queue.mode !== 'in-process') return;
    // The orphans are the runs live now, before this process asks for any (a bulk rollup's runs are its own).
    const orphans = await this.rollups.liveRuns(this.dataSource.manager);
    // Embedded, the first minute is the user's: the background work starts after it.
    if (this.config.embeddedDatabase) this.backgroundStart = setTimeout(() => void this.resumeOrphans(orphans), EMBEDDED_BACKGROUND_DELAY_MS).unref();
    else await this.resumeOrphans(orphans);
  }

  /** A bulk rollup under way finishes its step before the pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.bulk;
  }

  /** A process stopped within its first minute must not look for orphans on a closed pool. */
  onApplicationShutdown(): void {
    clearTimeout(this.backgroundStart);
  }

  private async resumeOrphans(orphans: LiveRun[]): Promise<void> {
    for (const run of orphans) await this.enqueue(run.id, run.jobId, await this.engine.counties(run.regionCode, this.dataSource.manager));
    if (orphans.length) this.logger.info({ runs: orphans.length }, 'kpi rollups left unfinished by the last process queued again');
  }

  private async enqueue(rollupId: string, jobId: string, counties: string[]): Promise<void> {
    await this.queue.enqueueFlow({
      name: JobName.KpiRollup,
      payload: { rollupId },
      jobId,
      attempts: ROLLUP_ATTEMPTS,
      children: counties.map((countyCode) => ({
        name: JobName.KpiRollupCounty,
        payload: { rollupId, countyCode },
        jobId: `${jobId}-${regionSubtreePrefix(countyCode)}`,
      })),
    });
    await this.rollups.markEnqueued(rollupId, this.dataSource.manager);
  }

  /**
   * Marks `lost` the live run — a rollup or a correction — whose job the queue no longer has (Redis restarted without
   * its data, or the job was removed) or has finished without finishing the run; its staged rows go with it, its
   * record stays. A run just inserted and not yet enqueued is left alone for a grace period (another request's
   * `start` must not lose it). Returns whether it did. In-process jobs live and die with their process, which deals
   * with its runs at start-up instead.
   */
  async markLostIfJobGone(rollupId: string): Promise<boolean> {
    if (this.queue.mode !== 'bullmq') return false;
    const run = await this.rollups.overdue(rollupId, this.dataSource.manager);
    if (!run?.overdue) return false;
    const job = await this.queue.getJob(run.jobId);
    if (job && job.state !== 'completed' && job.state !== 'failed') return false;
    const lost = await this.rollups.markLost(rollupId, this.dataSource.manager);
    if (lost) this.logger.warn({ rollupId, jobId: run.jobId, month: lost.month, regionCode: lost.regionCode, jobState: job?.state ?? 'missing' }, 'kpi run lost its job');
    return Boolean(lost);
  }

  /** The periodic sweep: every live run (corrections too) whose job is gone is marked lost, whether or not anyone asks again. */
  async markLostRuns(): Promise<{ lost: number }> {
    if (this.queue.mode !== 'bullmq') return { lost: 0 };
    const live = await this.rollups.liveRuns(this.dataSource.manager, ['rollup', 'correction']);
    let lost = 0;
    for (const { id } of live) if (await this.markLostIfJobGone(id)) lost += 1;
    return { lost };
  }

  /** The rollup of the month just ended, for every region: what the scheduler runs at 02:00 on the 1st. */
  startScheduled(): Promise<{ rollup: RollupRow; created: boolean }> {
    return this.start(previousMonth(currentMonth()), null, null);
  }

  /** Runs newest first. Officers see the runs of their region and below; runs of everything are for administrators. */
  async list(query: RollupListQuery, scope: AccessScope): Promise<Page<RollupDto>> {
    if (query.regionCode && !scope.covers({ regionCode: query.regionCode })) throw new NotFoundError('Region', query.regionCode);
    const within = (params: unknown[]) => (scope.unrestricted ? 'TRUE' : `region_code IS NOT NULL AND ${scope.sql({ regionCode: 'region_code' }, params)}`);
    const page = await this.rollups.page({ regionCode: query.regionCode, month: query.month, within }, query, this.dataSource.manager);
    return mapPage(page, (row) => mapRollup(row));
  }

  /** A run the caller may see: a run of everything only to administrators (else 404). */
  async get(id: string, scope: AccessScope): Promise<RollupDto> {
    const rollup = await this.run(id);
    if (!scope.unrestricted && !(rollup.regionCode && scope.covers({ regionCode: rollup.regionCode }))) throw new NotFoundError('Rollup', id);
    return mapRollup(rollup);
  }

  private async run(id: string): Promise<RollupRow> {
    return orNotFound(await this.rollups.find(id, this.dataSource.manager), 'Rollup', id);
  }

  /** A child job: one county's township parts, staged in one transaction (a retry replaces what an earlier try left). */
  async computeCounty(rollupId: string, countyCode: string, context: JobContext): Promise<{ townships: number }> {
    return this.failingForGood(rollupId, context, async () => {
      const run = await this.rollups.status(rollupId, this.dataSource.manager);
      // A finished, failed or lost run takes no more rows.
      if (!run || !['queued', 'running'].includes(run.status)) return { townships: 0 };
      await this.rollups.markRunning([rollupId], this.dataSource.manager);
      const period = monthPeriod(run.month, today());
      // Computed first, then staged in a short transaction of its own: a retry replaces what an earlier try left.
      const rows = await this.engine.townshipParts(period, countyCode, this.dataSource.manager);
      const parts = await this.dataSource.transaction(async (manager) => {
        // The run is checked again under its row lock: one marked lost meanwhile keeps no staged rows.
        const live = await this.rollups.addDoneCounty([rollupId], countyCode, manager);
        if (!live.length) return [];
        await this.rollups.stage(rollupId, countyCode, rows, manager);
        return rows;
      });
      const progress = await this.run(rollupId);
      await context.reportProgress(progress.progress);
      return { townships: new Set(parts.map((part) => part.regionCode)).size };
    });
  }

  /**
   * The parent job: sums the staged township parts up the tree and merges them into the month's snapshot in one
   * transaction. A value that did not change keeps its revision; one that did gets the next revision, and the old
   * one is kept, stamped superseded.
   */
  async finish(rollupId: string, context: JobContext): Promise<RollupRow> {
    return this.failingForGood(rollupId, context, async () => {
      await this.dataSource.transaction(async (manager) => {
        const run = await this.rollups.lock(rollupId, manager);
        if (!run || !['queued', 'running'].includes(run.status)) return;
        if (run.countiesDone < run.countiesTotal) throw new Error(`rollup ${rollupId}: ${run.countiesDone} of ${run.countiesTotal} counties staged`);
        const staged = await this.rollups.staged(rollupId, manager);
        await this.complete(manager, rollupId, run, staged);
        await this.rollups.unstage(rollupId, manager);
      });
      await context.reportProgress(100);
      const view = await this.run(rollupId);
      // Many new rows skew the planner's picture of the snapshot table until autovacuum looks: refresh it now, so
      // the dashboard reads that follow use their indexes.
      if ((view.valuesRevised ?? 0) >= ANALYZE_AFTER_REVISIONS) await this.values.analyze(this.dataSource.manager);
      return view;
    });
  }

  /**
   * Sums a run's township parts up the tree and merges them into the month's snapshot, in the caller's transaction
   * (which holds the run's row lock): what finishes a queued run and a bulk one alike.
   */
  private async complete(manager: EntityManager, rollupId: string, run: { month: string; regionCode: string | null }, parts: IndicatorParts[]): Promise<void> {
    await this.rollups.lockMonth(run.month, manager);
    const rolled = await this.sumUp(run.month, run.regionCode, parts, manager);
    const { revised } = await this.values.merge(run.month, rolled, rollupId, manager);
    // The counties' raw sums, for the re-rolls (corrections, scenarios) that read them instead of computing them.
    await this.countyParts.replace(run.month, await this.engine.counties(run.regionCode, manager), parts, manager);
    await this.rollups.markComplete(rollupId, { revised, unchanged: rolled.length - revised }, manager);
    this.logger.info({ rollupId, month: run.month, regionCode: run.regionCode, values: rolled.length, revised }, 'kpi rollup complete');
  }

  /**
   * Rolls up closed months of every region in one go, newest first, in this process instead of the queue: each
   * county's township parts of BULK_MONTHS months at a time come out of one many-month pass per source
   * (KpiEngine.townshipPartsByMonth, equal to the one-month pass), then each month is summed and merged as a queued
   * run's parent does, in a transaction of its own. Every step is a short transaction, so on embedded PGlite (one
   * backend) the requests of the person trying Yiyang wait for one step at most. Each month is a run of the
   * rollups list from the start (queued, then running with its counties, then complete); a month some run covers
   * already is left out. A process stopped half-way leaves the remaining runs queued: the next one takes them up.
   */
  rollUpInBulk(months: readonly string[]): Promise<{ complete: number; failed: number }> {
    const work = this.bulkRollup(months);
    this.bulk = work.catch(() => undefined);
    return work;
  }

  private async bulkRollup(months: readonly string[]): Promise<{ complete: number; failed: number }> {
    const counties = await this.engine.counties(null, this.dataSource.manager);
    const newestFirst = [...months].sort().reverse();
    const runs = await this.rollups.insertBulk(
      newestFirst.map((month) => ({ jobId: rollupJobId(month, null), month })),
      counties.length,
      this.dataSource.manager,
    );
    runs.sort((a, b) => b.month.localeCompare(a.month));
    let complete = 0;
    for (let start = 0; start < runs.length && !this.stopping; start += BULK_MONTHS) {
      const batch = runs.slice(start, start + BULK_MONTHS);
      try {
        complete += await this.rollUpBatch(batch, counties);
      } catch (error) {
        for (const run of runs.slice(start)) await this.markFailed(run.id, error);
        this.logger.warn({ err: error, months: runs.length - start }, 'bulk kpi rollup failed: the months left are marked failed');
        return { complete, failed: runs.length - start };
      }
    }
    // The snapshot table grew by every month's values: the series that read it next plan with its new size.
    if (complete) await this.values.analyze(this.dataSource.manager);
    return { complete, failed: 0 };
  }

  private async rollUpBatch(runs: { id: string; month: string }[], counties: string[]): Promise<number> {
    const ids = runs.map((run) => run.id);
    const periods = runs.map((run) => monthPeriod(run.month, today()));
    await this.rollups.markRunning(ids, this.dataSource.manager);
    const parts = new Map<string, IndicatorParts[]>(runs.map((run) => [run.month, []]));
    for (const countyCode of counties) {
      // Each county's pass holds the embedded database for a moment: people's requests go first.
      await this.foreground.whenQuiet();
      if (this.stopping) return 0;
      const byMonth = await this.engine.townshipPartsByMonth(periods, countyCode, this.dataSource.manager);
      for (const [month, countyParts] of byMonth) parts.get(month)!.push(...countyParts);
      await this.rollups.addDoneCounty(ids, countyCode, this.dataSource.manager);
    }
    let complete = 0;
    for (const run of runs) {
      await this.foreground.whenQuiet();
      const done = await this.dataSource.transaction(async (manager) => {
        // A run marked failed or lost meanwhile stays so.
        const live = await this.rollups.lockLive(run.id, manager);
        if (live) await this.complete(manager, run.id, { month: run.month, regionCode: null }, parts.get(run.month)!);
        return live;
      });
      if (done) complete += 1;
    }
    return complete;
  }

  /** Township parts → every region of the rollup's tree, with population and day denominators. */
  async sumUp(month: string, regionCode: string | null, parts: IndicatorParts[], manager: EntityManager): Promise<RolledParts[]> {
    const tree = await this.engine.regionTree(regionCode, manager);
    const population = await this.engine.populations(tree, Number(month.slice(0, 4)), manager);
    return rollUp(parts, { indicators: INDICATORS, regions: tree, population, days: monthPeriod(month, today()).days });
  }

  /** On the last try, a failure marks the run failed (with its reason) before the job fails for good. */
  private async failingForGood<T>(rollupId: string, context: JobContext, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (context.attempt >= ROLLUP_ATTEMPTS) await this.markFailed(rollupId, error);
      throw error;
    }
  }

  private async markFailed(rollupId: string, error: unknown): Promise<void> {
    await this.rollups.markFailed(rollupId, error instanceof Error ? error.message : String(error), this.dataSource.manager);
  }
}
