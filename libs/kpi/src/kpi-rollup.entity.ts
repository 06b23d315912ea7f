import { References } from '@yiyang/core';
import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One run of a month's rollup for a region (null = every region): a flow of one job per county-level region, then
 * the parent that sums the tree and writes the snapshot. At most one run of a job id is queued or running at a
 * time (partial unique index), so asking twice does the work once.
 */
@Entity({ name: 'kpi_rollup' })
@Index('kpi_rollup_live_key', ['jobId'], { unique: true, where: `"status" IN ('queued', 'running')` })
@Index('kpi_rollup_month_idx', ['month', 'requestedAt'])
@Check('kpi_rollup_status_check', `"status" IN ('queued', 'running', 'complete', 'failed', 'lost')`)
@Check('kpi_rollup_month_check', `"month" = date_trunc('month', "month")`)
@Check('kpi_rollup_counts_check', `cardinality("done_counties") <= "counties_total"`)
export class KpiRollup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** rollup-2025-06-500112 (or rollup-2025-06-all): the parent job's id. */
  @Column({ type: 'text' })
  jobId: string;

  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  /** queued → running → complete | failed; `lost` when its job vanished from Redis before it finished. */
  @Column({ type: 'text', default: 'queued' })
  status: string;

  @Column({ type: 'int', default: 0 })
  countiesTotal: number;

  /** County codes whose child job has committed its township rows (a retried child adds nothing twice). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  doneCounties: string[];

  @Column({ type: 'int', nullable: true })
  valuesRevised: number | null;

  @Column({ type: 'int', nullable: true })
  valuesUnchanged: number | null;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  /** When its flow reached the queue; null while the request is on its way (or died before it got there). */
  @Column({ type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}

/** The township rows one county's child job computed for a run, waiting for the parent to sum them up. */
@Entity({ name: 'kpi_staged_value' })
export class KpiStagedValue {
  @PrimaryColumn({ type: 'uuid' })
  rollupId: string;

  @References(() => KpiRollup, { column: 'rollup_id', foreignKey: 'kpi_staged_value_rollup_id_fkey', onDelete: 'CASCADE' })
  rollup?: KpiRollup;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  countyCode: string;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @PrimaryColumn({ type: 'text' })
  indicator: string;

  @Column({ type: 'numeric' })
  numerator: string;

  @Column({ type: 'numeric', nullable: true })
  denominator: string | null;
}
