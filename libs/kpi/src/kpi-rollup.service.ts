import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  ForegroundActivity,
  InvalidInputError,
  JobName,
  JobQueue,
  NotFoundError,
  regionSubtreePrefix,
  ROOT_LOGGER,
  RuleViolationError,
  today,
  type JobContext,
  type RootLogger,
} from '@yiyang/core';
import type { DataSource, EntityManager } from 'typeorm';
import { INDICATORS } from './domain/indicators';
import { MONTH_PATTERN, monthPeriod, previousMonth } from './domain/months';
import { rollUp, type IndicatorParts, type RolledParts } from './domain/roll-up';
import { KpiEngine } from './kpi-engine';

/** Tries of each rollup job; the last failing one marks the run failed, so the month can be asked for again. */
export const ROLLUP_ATTEMPTS = 3;

/** How long an embedded process waits after start-up before it runs rollups left over or queued for the demo months. */
export const EMBEDDED_BACKGROUND_DELAY_MS = 60_000;

/**
 * A run whose flow never reached the queue — its process died between the insert and the enqueue — counts as lost
 * after this long; one that did reach it counts as lost as soon as its job is gone.
 */
const ENQUEUE_GRACE = '5 minutes';

const LIVE = `status IN ('queued', 'running')`;

/**
 * Months one step of a bulk rollup computes for a county: more months make fewer statements, but a longer step
 * that a request on embedded PGlite may have to wait for.
 */
const BULK_MONTHS = 6;

/** A rollup that stored at least this many new values refreshes the snapshot table's statistics. */
const ANALYZE_AFTER_REVISIONS = 10_000;

export interface RollupView {
  id: string;
  jobId: string;
  month: string;
  regionCode: string | null;
  status: 'queued' | 'running' | 'complete' | 'failed' | 'lost';
  countiesTotal: number;
  countiesDone: number;
  /** Counties done as a share of all, 0–100. */
  progress: number;
  valuesRevised: number | null;
  valuesUnchanged: number | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
}

const ROLLUP_SELECT = `
  SELECT id, job_id AS "jobId", to_char(month, 'YYYY-MM') AS month, region_code AS "regionCode", status,
         counties_total AS "countiesTotal", cardinality(done_counties) AS "countiesDone",
         CASE WHEN counties_total = 0 THEN (CASE WHEN status = 'complete' THEN 100 ELSE 0 END)
              ELSE round(100.0 * cardinality(done_counties) / counties_total) END::int AS progress,
         values_revised AS "valuesRevised", values_unchanged AS "valuesUnchanged",
         requested_at AS "requestedAt", started_at AS "startedAt", finished_at AS "finishedAt", error
    FROM kpi_rollup`;

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
    private readonly queue: JobQueue,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
    private readonly config: AppConfig,
    private readonly foreground: ForegroundActivity,
  ) {}

  /** Starts the month's rollup of a region (null: every region), or returns the run already queued or running. */
  async start(month: string, regionCode: string | null, requestedBy: string | null): Promise<{ rollup: RollupView; created: boolean }> {
    if (!MONTH_PATTERN.test(month)) throw InvalidInputError.of([{ field: 'month', message: 'a month as YYYY-MM' }]);
    if (month >= today().slice(0, 7)) throw new RuleViolationError('Only a closed month is rolled up: the month in progress is computed live');
    if (regionCode) {
      const [region] = await this.dataSource.query(`SELECT level FROM region WHERE code = $1`, [regionCode]);
      if (!region) throw new NotFoundError('Region', regionCode);
      if (!['province', 'city', 'county'].includes(region.level)) {
        throw InvalidInputError.of([{ field: 'regionCode', message: 'roll up a province, city or county-level region' }]);
      }
    }
    const jobId = rollupJobId(month, regionCode);
    const counties = await this.engine.counties(regionCode, this.dataSource.manager);
    const [inserted]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO kpi_rollup (job_id, month, region_code, counties_total, requested_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (job_id) WHERE status IN ('queued', 'running') DO NOTHING RETURNING id`,
      [jobId, `${month}-01`, regionCode, counties.length, requestedBy],
    );
    if (!inserted) {
      const [live] = await this.dataSource.query(`${ROLLUP_SELECT} WHERE job_id = $1 AND ${LIVE}`, [jobId]);
      // A run whose job is gone would hold the month for ever: it is marked lost, and a new run takes its place.
      if (live && !(await this.markLostIfJobGone(live.id))) return { rollup: live, created: false };
      // The live run finished (or was lost) between the insert and this read: ask again.
      return this.start(month, regionCode, requestedBy);
    }
    try {
      await this.queue.removeFinished(jobId);
      await this.enqueue(inserted.id, jobId, counties);
    } catch (error) {
      await this.markFailed(inserted.id, error);
      throw error;
    }
    return { rollup: await this.get(inserted.id), created: true };
  }

  /**
   * In-process jobs live in the process that ran them: runs a stopped process left queued or running are queued
   * again at start-up (their county jobs replace whatever they had staged). BullMQ keeps its jobs in Redis.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.queue.mode !== 'in-process') return;
    // The orphans are the runs live now, before this process asks for any (a bulk rollup's runs are its own).
    const orphans = await this.liveRuns();
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

  private liveRuns(): Promise<{ id: string; jobId: string; regionCode: string | null }[]> {
    return this.dataSource.query(`SELECT id, job_id AS "jobId", region_code AS "regionCode" FROM kpi_rollup WHERE ${LIVE} ORDER BY requested_at`);
  }

  private async resumeOrphans(orphans: { id: string; jobId: string; regionCode: string | null }[]): Promise<void> {
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
    await this.dataSource.query(`UPDATE kpi_rollup SET enqueued_at = coalesce(enqueued_at, now()) WHERE id = $1`, [rollupId]);
  }

  /**
   * Marks `lost` the live run whose job the queue no longer has (Redis restarted without its data, or the job was
   * removed) or has finished without finishing the run; its staged rows go with it, its record stays. Returns whether
   * it did. In-process jobs live and die with their process, which queues its runs again at start-up instead.
   */
  private async markLostIfJobGone(rollupId: string): Promise<boolean> {
    if (this.queue.mode !== 'bullmq') return false;
    const [run]: { jobId: string; overdue: boolean }[] = await this.dataSource.query(
      `SELECT job_id AS "jobId", enqueued_at IS NOT NULL OR requested_at < now() - interval '${ENQUEUE_GRACE}' AS overdue
         FROM kpi_rollup WHERE id = $1 AND ${LIVE}`,
      [rollupId],
    );
    if (!run?.overdue) return false;
    const job = await this.queue.getJob(run.jobId);
    if (job && job.state !== 'completed' && job.state !== 'failed') return false;
    const [lost] = await this.dataSource.query(
      `WITH lost AS (
         UPDATE kpi_rollup SET status = 'lost', finished_at = now(),
                error = 'Its job is no longer in the queue (Redis lost its data, or the job was removed); ask for the month again'
          WHERE id = $1 AND ${LIVE} RETURNING id, to_char(month, 'YYYY-MM') AS month, region_code AS "regionCode"),
       unstaged AS (DELETE FROM kpi_staged_value s USING lost WHERE s.rollup_id = lost.id)
       SELECT * FROM lost`,
      [rollupId],
    );
    if (lost) this.logger.warn({ rollupId, jobId: run.jobId, month: lost.month, regionCode: lost.regionCode, jobState: job?.state ?? 'missing' }, 'kpi rollup lost its job');
    return Boolean(lost);
  }

  /** The periodic sweep: every live run whose job is gone is marked lost, whether or not anyone asks for its month again. */
  async markLostRuns(): Promise<{ lost: number }> {
    if (this.queue.mode !== 'bullmq') return { lost: 0 };
    const live: { id: string }[] = await this.dataSource.query(`SELECT id FROM kpi_rollup WHERE ${LIVE} ORDER BY requested_at`);
    let lost = 0;
    for (const { id } of live) if (await this.markLostIfJobGone(id)) lost += 1;
    return { lost };
  }

  /** The rollup of the month just ended, for every region: what the scheduler runs at 02:00 on the 1st. */
  startScheduled(): Promise<{ rollup: RollupView; created: boolean }> {
    return this.start(previousMonth(today().slice(0, 7)), null, null);
  }

  /** Runs newest first; `regionCodes` (an officer's subtree) leaves out runs of everything and of other regions. */
  async list(
    filter: { regionCode?: string; month?: string; within: (params: unknown[]) => string },
    page: { limit: number; offset: number },
  ): Promise<{ items: RollupView[]; total: number }> {
    const params: unknown[] = [];
    const conditions = [filter.within(params)];
    if (filter.regionCode) {
      params.push(filter.regionCode);
      conditions.push(`region_code = $${params.length}`);
    }
    if (filter.month) {
      params.push(`${filter.month}-01`);
      conditions.push(`month = $${params.length}::date`);
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM kpi_rollup WHERE ${where}`, params);
    const items = await this.dataSource.query(`${ROLLUP_SELECT} WHERE ${where} ORDER BY requested_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      page.limit,
      page.offset,
    ]);
    return { items, total };
  }

  async get(id: string): Promise<RollupView> {
    const [row] = await this.dataSource.query(`${ROLLUP_SELECT} WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError('Rollup', id);
    return row;
  }

  /** A child job: one county's township parts, staged in one transaction (a retry replaces what an earlier try left). */
  async computeCounty(rollupId: string, countyCode: string, context: JobContext): Promise<{ townships: number }> {
    return this.failingForGood(rollupId, context, async () => {
      const run = await this.runOf(rollupId);
      // A finished, failed or lost run takes no more rows.
      if (!run || !['queued', 'running'].includes(run.status)) return { townships: 0 };
      await this.dataSource.query(`UPDATE kpi_rollup SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1 AND status = 'queued'`, [
        rollupId,
      ]);
      const period = monthPeriod(run.month, today());
      // Computed first, then staged in a short transaction of its own: a retry replaces what an earlier try left.
      const rows = await this.engine.townshipParts(period, countyCode, this.dataSource.manager);
      const parts = await this.dataSource.transaction(async (manager) => {
        // The run is checked again under its row lock: one marked lost meanwhile keeps no staged rows.
        // (An UPDATE through query() answers [rows, affected].)
        const [[live]] = await manager.query(
          `UPDATE kpi_rollup SET done_counties = ARRAY(SELECT DISTINCT c FROM unnest(done_counties || $2::text) c ORDER BY c)
            WHERE id = $1 AND ${LIVE} RETURNING id`,
          [rollupId, countyCode],
        );
        if (!live) return [];
        await manager.query(`DELETE FROM kpi_staged_value WHERE rollup_id = $1 AND county_code = $2`, [rollupId, countyCode]);
        await manager.query(
          `INSERT INTO kpi_staged_value (rollup_id, county_code, region_code, indicator, numerator, denominator)
           SELECT $1, $2, * FROM unnest($3::varchar[], $4::text[], $5::numeric[], $6::numeric[])`,
          [rollupId, countyCode, rows.map((r) => r.regionCode), rows.map((r) => r.indicator), rows.map((r) => r.numerator), rows.map((r) => r.denominator)],
        );
        return rows;
      });
      const progress = await this.get(rollupId);
      await context.reportProgress(progress.progress);
      return { townships: new Set(parts.map((part) => part.regionCode)).size };
    });
  }

  /**
   * The parent job: sums the staged township parts up the tree and merges them into the month's snapshot in one
   * transaction. A value that did not change keeps its revision; one that did gets the next revision, and the old
   * one is kept, stamped superseded.
   */
  async finish(rollupId: string, context: JobContext): Promise<RollupView> {
    return this.failingForGood(rollupId, context, async () => {
      await this.dataSource.transaction(async (manager) => {
        const [run] = await manager.query(
          `SELECT to_char(month, 'YYYY-MM') AS month, region_code AS "regionCode", status, counties_total AS "countiesTotal",
                  cardinality(done_counties) AS "countiesDone"
             FROM kpi_rollup WHERE id = $1 FOR UPDATE`,
          [rollupId],
        );
        if (!run || !['queued', 'running'].includes(run.status)) return;
        if (run.countiesDone < run.countiesTotal) throw new Error(`rollup ${rollupId}: ${run.countiesDone} of ${run.countiesTotal} counties staged`);
        const staged: IndicatorParts[] = (
          await manager.query(`SELECT region_code AS "regionCode", indicator, numerator, denominator FROM kpi_staged_value WHERE rollup_id = $1`, [rollupId])
        ).map((row: Record<string, string | null>) => ({
          regionCode: row.regionCode!,
          indicator: row.indicator!,
          numerator: Number(row.numerator),
          denominator: row.denominator === null ? null : Number(row.denominator),
        }));
        await this.complete(manager, rollupId, run, staged);
        await manager.query(`DELETE FROM kpi_staged_value WHERE rollup_id = $1`, [rollupId]);
      });
      await context.reportProgress(100);
      const view = await this.get(rollupId);
      // Many new rows skew the planner's picture of the snapshot table until autovacuum looks: refresh it now, so
      // the dashboard reads that follow use their indexes.
      if ((view.valuesRevised ?? 0) >= ANALYZE_AFTER_REVISIONS) await this.dataSource.query(`ANALYZE kpi_value`);
      return view;
    });
  }

  /**
   * Sums a run's township parts up the tree and merges them into the month's snapshot, in the caller's transaction
   * (which holds the run's row lock): what finishes a queued run and a bulk one alike.
   */
  private async complete(manager: EntityManager, rollupId: string, run: { month: string; regionCode: string | null }, parts: IndicatorParts[]): Promise<void> {
    // Two runs of one month (a region's and everything's) merge one after the other.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kpi_value ' || $1::text))`, [run.month]);
    const rolled = await this.sumUp(run.month, run.regionCode, parts, manager);
    const { revised } = await this.merge(manager, run.month, rolled, rollupId);
    await manager.query(
      `UPDATE kpi_rollup SET status = 'complete', started_at = coalesce(started_at, now()), finished_at = now(),
              values_revised = $2, values_unchanged = $3, error = NULL
        WHERE id = $1`,
      [rollupId, revised, rolled.length - revised],
    );
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
    const runs: { id: string; month: string }[] = await this.dataSource.query(
      `INSERT INTO kpi_rollup (job_id, month, region_code, counties_total, enqueued_at)
       SELECT job_id, (month || '-01')::date, NULL, $3, now() FROM unnest($1::text[], $2::text[]) AS m(job_id, month)
        WHERE NOT EXISTS (SELECT 1 FROM kpi_rollup r WHERE r.region_code IS NULL AND r.month = (m.month || '-01')::date AND r.status IN ('queued', 'running', 'complete'))
       ON CONFLICT (job_id) WHERE status IN ('queued', 'running') DO NOTHING
       RETURNING id, to_char(month, 'YYYY-MM') AS month`,
      [newestFirst.map((month) => rollupJobId(month, null)), newestFirst, counties.length],
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
    if (complete) await this.dataSource.query(`ANALYZE kpi_value`);
    return { complete, failed: 0 };
  }

  private async rollUpBatch(runs: { id: string; month: string }[], counties: string[]): Promise<number> {
    const ids = runs.map((run) => run.id);
    const periods = runs.map((run) => monthPeriod(run.month, today()));
    await this.dataSource.query(`UPDATE kpi_rollup SET status = 'running', started_at = now() WHERE id = ANY($1::uuid[]) AND status = 'queued'`, [ids]);
    const parts = new Map<string, IndicatorParts[]>(runs.map((run) => [run.month, []]));
    for (const countyCode of counties) {
      // Each county's pass holds the embedded database for a moment: people's requests go first.
      await this.foreground.whenQuiet();
      if (this.stopping) return 0;
      const byMonth = await this.engine.townshipPartsByMonth(periods, countyCode, this.dataSource.manager);
      for (const [month, countyParts] of byMonth) parts.get(month)!.push(...countyParts);
      await this.dataSource.query(
        `UPDATE kpi_rollup SET done_counties = ARRAY(SELECT DISTINCT c FROM unnest(done_counties || $2::text) c ORDER BY c) WHERE id = ANY($1::uuid[]) AND ${LIVE}`,
        [ids, countyCode],
      );
    }
    let complete = 0;
    for (const run of runs) {
      await this.foreground.whenQuiet();
      const done = await this.dataSource.transaction(async (manager) => {
        // A run marked failed or lost meanwhile stays so.
        const [live] = await manager.query(`SELECT id FROM kpi_rollup WHERE id = $1 AND ${LIVE} FOR UPDATE`, [run.id]);
        if (live) await this.complete(manager, run.id, { month: run.month, regionCode: null }, parts.get(run.month)!);
        return Boolean(live);
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

  private async merge(manager: EntityManager, month: string, rows: RolledParts[], rollupId: string): Promise<{ revised: number }> {
    const arrays = [
      rows.map((r) => r.regionCode),
      rows.map((r) => r.indicator),
      rows.map((r) => r.numerator),
      rows.map((r) => r.denominator),
      rows.map((r) => r.countyMin),
      rows.map((r) => r.populationBasis),
    ];
    const incoming = `unnest($2::varchar[], $3::text[], $4::numeric[], $5::numeric[], $6::numeric[], $7::text[])
                      AS i(region_code, indicator, numerator, denominator, county_min, population_basis)`;
    // Retire the current values that changed, then add a revision wherever no current value is left.
    await manager.query(
      `UPDATE kpi_value v SET superseded_at = now()
         FROM ${incoming}
        WHERE v.month = $1::date AND v.region_code = i.region_code AND v.indicator = i.indicator AND v.superseded_at IS NULL
          AND (v.numerator, v.denominator, v.county_min, v.population_basis)
              IS DISTINCT FROM (i.numerator, i.denominator, i.county_min, i.population_basis)`,
      [`${month}-01`, ...arrays],
    );
    const inserted: unknown[] = await manager.query(
      `INSERT INTO kpi_value (month, region_code, indicator, revision, numerator, denominator, county_min, population_basis, rollup_id, computed_at)
       SELECT $1::date, i.region_code, i.indicator,
              1 + coalesce((SELECT max(p.revision) FROM kpi_value p WHERE p.month = $1::date AND p.region_code = i.region_code AND p.indicator = i.indicator), 0),
              i.numerator, i.denominator, i.county_min, i.population_basis, $8, now()
         FROM ${incoming}
        WHERE NOT EXISTS (SELECT 1 FROM kpi_value c WHERE c.month = $1::date AND c.region_code = i.region_code AND c.indicator = i.indicator
                             AND c.superseded_at IS NULL)
       RETURNING 1`,
      [`${month}-01`, ...arrays, rollupId],
    );
    return { revised: inserted.length };
  }

  private async runOf(rollupId: string): Promise<{ month: string; status: string } | undefined> {
    const [run] = await this.dataSource.query(`SELECT to_char(month, 'YYYY-MM') AS month, status FROM kpi_rollup WHERE id = $1`, [rollupId]);
    return run;
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
    const message = error instanceof Error ? error.message : String(error);
    await this.dataSource.query(`UPDATE kpi_rollup SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1 AND status <> 'complete'`, [
      rollupId,
      message.slice(0, 500),
    ]);
  }
}
