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
@Check('kpi_rollup_kind_check', `"kind" IN ('rollup', 'correction')`)
export class KpiRollup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** rollup: a month's rollup; correction: a run re-rolling the counties marked stale (kpi_stale), month by month. */
  @Column({ type: 'text', default: 'rollup' })
  kind: string;

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

/**
 * Per rolled-up month, one county's raw sums of its townships' parts (before population denominators and
 * `population_less` are applied): what a re-roll sums for the counties it does not compute again.
 */
@Entity({ name: 'kpi_county_part' })
@Check('kpi_county_part_month_check', `"month" = date_trunc('month', "month")`)
export class KpiCountyPart {
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  countyCode: string;

  @PrimaryColumn({ type: 'text' })
  indicator: string;

  @Column({ type: 'numeric' })
  numerator: string;

  @Column({ type: 'numeric', nullable: true })
  denominator: string | null;
}

/**
 * A county whose records changed, after its month was rolled up, in a way some KPI source reads: marked by the
 * triggers of migration 1796900000200 from the earliest rolled-up month the change touches; a correction run
 * re-rolls it and clears the mark (unless it was marked again meanwhile: `marks` counts the marks).
 */
@Entity({ name: 'kpi_stale' })
export class KpiStale {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  countyCode: string;

  @Column({ type: 'date' })
  sinceMonth: string;

  @Column({ type: 'int', default: 1 })
  marks: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  markedAt: Date;
}
