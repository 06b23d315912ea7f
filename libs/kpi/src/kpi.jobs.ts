import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, type JobContext, type JobPayloads } from '@yiyang/core';
import { KpiCorrectionsService } from './kpi-corrections.service';
import { KpiRollupService } from './kpi-rollup.service';

/** Thin processors: each calls the rollup service. */
@Injectable()
export class KpiJobs {
  constructor(
    private readonly rollups: KpiRollupService,
    private readonly corrections: KpiCorrectionsService,
  ) {}

  @JobHandler(JobName.KpiRollupCounty)
  county(payload: JobPayloads[JobName.KpiRollupCounty], context: JobContext) {
    return this.rollups.computeCounty(payload.rollupId, payload.countyCode, context);
  }

  @JobHandler(JobName.KpiRollup)
  parent(payload: JobPayloads[JobName.KpiRollup], context: JobContext) {
    return this.rollups.finish(payload.rollupId, context);
  }

  @JobHandler(JobName.KpiLostRollupSweep)
  lostRollupSweep() {
    return this.rollups.markLostRuns();
  }

  @JobHandler(JobName.KpiMonthlyRollup)
  async monthly() {
    const { rollup } = await this.rollups.startScheduled();
    return { rollupId: rollup.id, month: rollup.month };
  }

  @JobHandler(JobName.KpiCorrection)
  correction(payload: JobPayloads[JobName.KpiCorrection], context: JobContext) {
    return this.corrections.run(payload.rollupId, context);
  }

  @JobHandler(JobName.KpiNightlyCorrection)
  nightlyCorrection() {
    return this.corrections.startNightly();
  }
}
