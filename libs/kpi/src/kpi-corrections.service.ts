import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import { InvalidInputError, type JobContext, JobName, JobQueue, NotFoundError, orNotFound, previousMonth, regionLevelOf, regionSubtreePrefix, ROOT_LOGGER, type RootLogger } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import { mapRollup, type RollupDto } from './dto/rollup.dto';
import { KpiCountyPartsRepository } from './kpi-county-parts.repository';
import { currentMonth } from './kpi-input';
import { KpiReroll } from './kpi-reroll';
import { KpiRollupService, ROLLUP_ATTEMPTS } from './kpi-rollup.service';
import { KpiRollupsRepository, type RollupRow } from './kpi-rollups.repository';
import { KpiStaleRepository } from './kpi-stale.repository';
import { KpiValuesRepository } from './kpi-values.repository';

/** The job id of a correction run of a region (correction-500112), or of everything (correction-all). */
export function correctionJobId(regionCode: string | null): string {
  return `correction-${regionCode ? regionSubtreePrefix(regionCode) : 'all'}`;
}

/**
 * Correction runs: a change to the records of a month already rolled up marks its county stale (kpi_stale, by the
 * source tables' triggers); a correction run re-rolls, month by month, only the marked counties and their
 * ancestors (KpiReroll over the other counties' stored parts), merges them into the snapshot as a rollup does
 * (unchanged values keep their revision), stores the counties' parts again and clears the marks it handled.
 */
@Injectable()
export class KpiCorrectionsService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reroll: KpiReroll,
    private readonly runs: KpiRollupService,
    private readonly rollups: KpiRollupsRepository,
    private readonly values: KpiValuesRepository,
    private readonly countyParts: KpiCountyPartsRepository,
    private readonly stale: KpiStaleRepository,
    private readonly queue: JobQueue,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
  ) {}

  /** In-process jobs die with their process: a correction it left live is lost (the marks it did not clear stay). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.queue.mode === 'in-process') await this.rollups.loseLiveCorrections(this.dataSource.manager);
  }

  /** An officer corrects their own region (or below); everything at once is for administrators. */
  async request(regionCode: string | undefined, scope: AccessScope): Promise<RollupDto> {
    const region = regionCode ?? (scope.unrestricted ? null : scope.user.regionCode);
    if (region && !scope.covers({ regionCode: region })) throw new NotFoundError('Region', region);
    // Marks are per county: a township's correction is its county's.
    if (region && !['province', 'city', 'county'].includes(regionLevelOf(region))) {
      throw InvalidInputError.of([{ field: 'regionCode', message: 'correct a province, city or county-level region' }]);
    }
    const { rollup, created } = await this.start(region ?? null, scope.user.id);
    return mapRollup(rollup, created);
  }

  /** The nightly run: every region, when some county is marked. */
  async startNightly(): Promise<{ rollupId: string | null }> {
    if (!(await this.stale.marked(null, this.dataSource.manager)).length) return { rollupId: null };
    return { rollupId: (await this.start(null, null)).rollup.id };
  }

  /** Starts a correction run of the region (null: everything), or returns the one queued or running. */
  async start(regionCode: string | null, requestedBy: string | null): Promise<{ rollup: RollupRow; created: boolean }> {
    const manager = this.dataSource.manager;
    const jobId = correctionJobId(regionCode);
    const marks = await this.stale.marked(regionCode, manager);
    // The run's month is the earliest it corrects (the month just ended when nothing is marked).
    const month = marks.map((mark) => mark.sinceMonth).sort()[0] ?? previousMonth(currentMonth());
    const inserted = await this.rollups.insert({ jobId, month, regionCode, countiesTotal: 0, requestedBy, kind: 'correction' }, manager);
    if (!inserted) {
      const live = await this.rollups.findLive(jobId, manager);
      // A run whose job is gone would hold the region for ever: it is marked lost, and a new run takes its place.
      if (live && !(await this.runs.markLostIfJobGone(live.id))) return { rollup: live, created: false };
      return this.start(regionCode, requestedBy);
    }
    try {
      await this.queue.removeFinished(jobId);
      await this.queue.enqueue(JobName.KpiCorrection, { rollupId: inserted }, { jobId, attempts: ROLLUP_ATTEMPTS });
      await this.rollups.markEnqueued(inserted, manager);
    } catch (error) {
      await this.markFailed(inserted, error);
      throw error;
    }
    return { rollup: orNotFound(await this.rollups.find(inserted, manager), 'Rollup', inserted), created: true };
  }

  /**
   * The job: each marked county's rolled-up months since its mark, month by month (oldest first), each month in one
   * transaction holding the month's lock (a full rollup of the month merges before or after it, never between).
   */
  async run(rollupId: string, context: JobContext): Promise<RollupRow | null> {
    try {
      const manager = this.dataSource.manager;
      const run = await this.rollups.find(rollupId, manager);
      if (!run || !['queued', 'running'].includes(run.status)) return run;
      await this.rollups.markRunning([rollupId], manager);
      const marks = await this.stale.marked(run.regionCode, manager);
      const work = await this.stale.countyMonths(marks, currentMonth(), manager);
      await this.rollups.setCountiesTotal(rollupId, work.length, manager);
      const byMonth = new Map<string, string[]>();
      for (const { month, countyCode } of work) byMonth.set(month, [...(byMonth.get(month) ?? []), countyCode]);
      let revised = 0;
      let unchanged = 0;
      let done = 0;
      const postponed = new Set<string>();
      for (const [month, counties] of [...byMonth].sort(([a], [b]) => a.localeCompare(b))) {
        const live = await this.dataSource.transaction(async (tx) => {
          if (!(await this.rollups.lockLive(rollupId, tx))) return false;
          await this.rollups.lockMonth(month, tx);
          // A rollup of the month under way may have computed these counties before the change and would merge
          // after this: the month is left to the next correction, and its counties keep their marks.
          if (await this.rollups.rollupLive(month, tx)) {
            for (const county of counties) postponed.add(county);
            return true;
          }
          const { rolled, computed, townshipRows } = await this.reroll.rerollWithParts(month, counties, [], tx);
          const merged = await this.values.merge(month, rolled, rollupId, tx);
          await this.countyParts.replace(month, computed, townshipRows, tx);
          for (const county of counties) await this.rollups.addDoneCounty([rollupId], `${month}/${county}`, tx);
          revised += merged.revised;
          unchanged += rolled.length - merged.revised;
          return true;
        });
        // A run marked failed or lost meanwhile stays so.
        if (!live) return this.rollups.find(rollupId, manager);
        done += counties.length;
        await context.reportProgress(Math.round((100 * done) / work.length));
      }
      await this.dataSource.transaction(async (tx) => {
        // A run marked lost (the sweep) or failed meanwhile stays so, and leaves the marks to the run that replaces it.
        if (!(await this.rollups.lockLive(rollupId, tx))) return;
        // Only the marks read at the start: a county marked again meanwhile keeps its mark for the next run.
        await this.stale.clear(marks.filter((mark) => !postponed.has(mark.countyCode)), tx);
        await this.rollups.markComplete(rollupId, { revised, unchanged }, tx);
      });
      this.logger.info({ rollupId, regionCode: run.regionCode, countyMonths: work.length, revised, postponed: postponed.size }, 'kpi correction complete');
      return this.rollups.find(rollupId, manager);
    } catch (error) {
      if (context.attempt >= ROLLUP_ATTEMPTS) await this.markFailed(rollupId, error);
      throw error;
    }
  }

  private async markFailed(rollupId: string, error: unknown): Promise<void> {
    await this.rollups.markFailed(rollupId, error instanceof Error ? error.message : String(error), this.dataSource.manager);
  }
}
