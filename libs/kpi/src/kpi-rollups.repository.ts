import { Injectable } from '@nestjs/common';
import { execute, firstDayOf, selectPage, SqlConditions, type Page } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { IndicatorParts } from './domain/roll-up';

/** A rollup run as the rollups list shows it. */
export interface RollupRow {
  id: string;
  jobId: string;
  /** rollup, or correction: a run re-rolling the counties marked stale. */
  kind: 'rollup' | 'correction';
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

export interface LiveRun {
  id: string;
  jobId: string;
  regionCode: string | null;
}

export interface RollupFilter {
  regionCode?: string;
  month?: string;
  /** The runs the caller may see, as a predicate on `region_code` with its values appended to the parameters. */
  within: (params: unknown[]) => string;
}

/**
 * A run whose flow never reached the queue — its process died between the insert and the enqueue — counts as lost
 * after this long; one that did reach it counts as lost as soon as its job is gone.
 */
const ENQUEUE_GRACE = '5 minutes';

const LIVE = `status IN ('queued', 'running')`;

const ROLLUP_SELECT = `
  SELECT id, job_id AS "jobId", kind, to_char(month, 'YYYY-MM') AS month, region_code AS "regionCode", status,
         counties_total AS "countiesTotal", cardinality(done_counties) AS "countiesDone",
         CASE WHEN counties_total = 0 THEN (CASE WHEN status = 'complete' THEN 100 ELSE 0 END)
              ELSE round(100.0 * cardinality(done_counties) / counties_total) END::int AS progress,
         values_revised AS "valuesRevised", values_unchanged AS "valuesUnchanged",
         requested_at AS "requestedAt", started_at AS "startedAt", finished_at AS "finishedAt", error
    FROM kpi_rollup`;

/** Adds a county to the runs' done counties, once. */
const ADD_DONE_COUNTY = `done_counties = ARRAY(SELECT DISTINCT c FROM unnest(done_counties || $2::text) c ORDER BY c)`;

/** Rollup runs (kpi_rollup) and the township parts their county jobs stage for the parent (kpi_staged_value). */
@Injectable()
export class KpiRollupsRepository {
  /** A new queued run, unless one of the job id is queued or running already (then null). */
  async insert(
    run: { jobId: string; month: string; regionCode: string | null; countiesTotal: number; requestedBy: string | null; kind?: RollupRow['kind'] },
    manager: EntityManager,
  ): Promise<string | null> {
    const [inserted]: { id: string }[] = await manager.query(
      `INSERT INTO kpi_rollup (job_id, month, region_code, counties_total, requested_by, kind) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (job_id) WHERE status IN ('queued', 'running') DO NOTHING RETURNING id`,
      [run.jobId, firstDayOf(run.month), run.regionCode, run.countiesTotal, run.requestedBy, run.kind ?? 'rollup'],
    );
    return inserted?.id ?? null;
  }

  /** Queued runs of everything for the months no run covers or is covering yet, with their months. */
  insertBulk(runs: { jobId: string; month: string }[], countiesTotal: number, manager: EntityManager): Promise<{ id: string; month: string }[]> {
    return manager.query(
      `INSERT INTO kpi_rollup (job_id, month, region_code, counties_total, enqueued_at)
       SELECT job_id, (month || '-01')::date, NULL, $3, now() FROM unnest($1::text[], $2::text[]) AS m(job_id, month)
        WHERE NOT EXISTS (SELECT 1 FROM kpi_rollup r WHERE r.region_code IS NULL AND r.month = (m.month || '-01')::date AND r.status IN ('queued', 'running', 'complete'))
       ON CONFLICT (job_id) WHERE status IN ('queued', 'running') DO NOTHING
       RETURNING id, to_char(month, 'YYYY-MM') AS month`,
      [runs.map((run) => run.jobId), runs.map((run) => run.month), countiesTotal],
    );
  }

  async find(id: string, manager: EntityManager): Promise<RollupRow | null> {
    const [row] = await manager.query(`${ROLLUP_SELECT} WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** The run of the job id that is queued or running. */
  async findLive(jobId: string, manager: EntityManager): Promise<RollupRow | null> {
    const [row] = await manager.query(`${ROLLUP_SELECT} WHERE job_id = $1 AND ${LIVE}`, [jobId]);
    return row ?? null;
  }

  /** Runs newest first. */
  page(filter: RollupFilter, query: { page: number; limit: number }, manager: EntityManager): Promise<Page<RollupRow>> {
    const where = new SqlConditions();
    where.raw(filter.within(where.params));
    if (filter.regionCode) where.add((p) => `region_code = ${p}`, filter.regionCode);
    if (filter.month) where.add((p) => `month = ${p}::date`, firstDayOf(filter.month));
    return selectPage<RollupRow>(
      manager,
      { count: `FROM kpi_rollup WHERE ${where.sql}`, rows: `${ROLLUP_SELECT} WHERE ${where.sql} ORDER BY requested_at DESC, id`, params: where.params },
      query,
    );
  }

  /** The runs of `kinds` (rollups unless told) queued or running, oldest first. */
  liveRuns(manager: EntityManager, kinds: readonly ('rollup' | 'correction')[] = ['rollup']): Promise<LiveRun[]> {
    return manager.query(`SELECT id, job_id AS "jobId", region_code AS "regionCode" FROM kpi_rollup WHERE ${LIVE} AND kind = ANY($1) ORDER BY requested_at`, [kinds]);
  }

  /** Correction runs left queued or running by a process that stopped (in-process jobs die with it). */
  async loseLiveCorrections(manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE kpi_rollup SET status = 'lost', finished_at = now(), error = 'The process running it stopped; ask for a correction again'
        WHERE kind = 'correction' AND status IN ('queued', 'running')`,
    );
  }

  /** Whether a rollup of the month (not a correction) is queued or running. */
  async rollupLive(month: string, manager: EntityManager): Promise<boolean> {
    const [live] = await manager.query(`SELECT 1 FROM kpi_rollup WHERE month = $1::date AND kind = 'rollup' AND ${LIVE} LIMIT 1`, [firstDayOf(month)]);
    return Boolean(live);
  }

  /** A correction's work, once it knows it: how many county-months it re-rolls. */
  async setCountiesTotal(id: string, countiesTotal: number, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE kpi_rollup SET counties_total = $2 WHERE id = $1`, [id, countiesTotal]);
  }

  async status(id: string, manager: EntityManager): Promise<{ month: string; status: string } | null> {
    const [run] = await manager.query(`SELECT to_char(month, 'YYYY-MM') AS month, status FROM kpi_rollup WHERE id = $1`, [id]);
    return run ?? null;
  }

  async markEnqueued(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE kpi_rollup SET enqueued_at = coalesce(enqueued_at, now()) WHERE id = $1`, [id]);
  }

  /** The live run's job id, and whether it is past the time its job must have reached the queue. */
  async overdue(id: string, manager: EntityManager): Promise<{ jobId: string; overdue: boolean } | null> {
    const [run] = await manager.query(
      `SELECT job_id AS "jobId", enqueued_at IS NOT NULL OR requested_at < now() - interval '${ENQUEUE_GRACE}' AS overdue
         FROM kpi_rollup WHERE id = $1 AND ${LIVE}`,
      [id],
    );
    return run ?? null;
  }

  /** Marks a live run lost and drops what it staged; its record stays. Null when it was no longer live. */
  async markLost(id: string, manager: EntityManager): Promise<{ month: string; regionCode: string | null } | null> {
    const [lost] = await manager.query(
      `WITH lost AS (
         UPDATE kpi_rollup SET status = 'lost', finished_at = now(),
                error = 'Its job is no longer in the queue (Redis lost its data, or the job was removed); ask for it again'
          WHERE id = $1 AND ${LIVE} RETURNING id, to_char(month, 'YYYY-MM') AS month, region_code AS "regionCode"),
       unstaged AS (DELETE FROM kpi_staged_value s USING lost WHERE s.rollup_id = lost.id)
       SELECT * FROM lost`,
      [id],
    );
    return lost ?? null;
  }

  async markRunning(ids: string[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE kpi_rollup SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = ANY($1::uuid[]) AND status = 'queued'`, [ids]);
  }

  /** Records a county's parts as staged for the live runs among `ids`; returns the ids still live. */
  async addDoneCounty(ids: string[], countyCode: string, manager: EntityManager): Promise<string[]> {
    const { rows } = await execute<{ id: string }>(manager, `UPDATE kpi_rollup SET ${ADD_DONE_COUNTY} WHERE id = ANY($1::uuid[]) AND ${LIVE} RETURNING id`, [
      ids,
      countyCode,
    ]);
    return rows.map((row) => row.id);
  }

  /** Replaces what a county's job staged for a run. */
  async stage(rollupId: string, countyCode: string, rows: IndicatorParts[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM kpi_staged_value WHERE rollup_id = $1 AND county_code = $2`, [rollupId, countyCode]);
    await manager.query(
      `INSERT INTO kpi_staged_value (rollup_id, county_code, region_code, indicator, numerator, denominator)
       SELECT $1, $2, * FROM unnest($3::varchar[], $4::text[], $5::numeric[], $6::numeric[])`,
      [rollupId, countyCode, rows.map((r) => r.regionCode), rows.map((r) => r.indicator), rows.map((r) => r.numerator), rows.map((r) => r.denominator)],
    );
  }

  /** The run under its row lock (FOR UPDATE: the parent job changes it), with its counties counted. */
  async lock(
    id: string,
    manager: EntityManager,
  ): Promise<{ month: string; regionCode: string | null; status: string; countiesTotal: number; countiesDone: number } | null> {
    const [run] = await manager.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, region_code AS "regionCode", status, counties_total AS "countiesTotal",
              cardinality(done_counties) AS "countiesDone"
         FROM kpi_rollup WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return run ?? null;
  }

  /** Whether the run is live, holding its row lock when it is. */
  async lockLive(id: string, manager: EntityManager): Promise<boolean> {
    const [live] = await manager.query(`SELECT id FROM kpi_rollup WHERE id = $1 AND ${LIVE} FOR UPDATE`, [id]);
    return Boolean(live);
  }

  /** The township parts the run's county jobs staged. */
  async staged(rollupId: string, manager: EntityManager): Promise<IndicatorParts[]> {
    const rows: Record<string, string | null>[] = await manager.query(
      `SELECT region_code AS "regionCode", indicator, numerator, denominator FROM kpi_staged_value WHERE rollup_id = $1`,
      [rollupId],
    );
    return rows.map((row) => ({
      regionCode: row.regionCode!,
      indicator: row.indicator!,
      numerator: Number(row.numerator),
      denominator: row.denominator === null ? null : Number(row.denominator),
    }));
  }

  async unstage(rollupId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM kpi_staged_value WHERE rollup_id = $1`, [rollupId]);
  }

  /** Two runs of one month (a region's and everything's) merge into its snapshot one after the other. */
  async lockMonth(month: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kpi_value ' || $1::text))`, [month]);
  }

  async markComplete(id: string, values: { revised: number; unchanged: number }, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE kpi_rollup SET status = 'complete', started_at = coalesce(started_at, now()), finished_at = now(),
              values_revised = $2, values_unchanged = $3, error = NULL
        WHERE id = $1`,
      [id, values.revised, values.unchanged],
    );
  }

  async markFailed(id: string, message: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE kpi_rollup SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1 AND status <> 'complete'`, [id, message.slice(0, 500)]);
  }
}
