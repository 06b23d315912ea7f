import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One indicator of one region in one closed month, as a rollup computed it: the parts (numerator, denominator)
 * that add up the region tree. A recomputation that changes a number stores a new revision and stamps the old one
 * superseded, so corrections stay visible; the current value is the row with superseded_at null.
 */
@Entity({ name: 'kpi_value' })
@Index('kpi_value_prefix_idx', { synchronize: false })
@Index('kpi_value_current_key', ['regionCode', 'month', 'indicator'], { unique: true, where: `"superseded_at" IS NULL` })
@Check('kpi_value_month_check', `"month" = date_trunc('month', "month")`)
@Check('kpi_value_revision_check', `"revision" >= 1`)
@Check('kpi_value_basis_check', `"population_basis" IS NULL OR "population_basis" IN ('registered', 'resident')`)
export class KpiValue {
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @PrimaryColumn({ type: 'text' })
  indicator: string;

  @PrimaryColumn({ type: 'int' })
  revision: number;

  @Column({ type: 'numeric' })
  numerator: string;

  @Column({ type: 'numeric', nullable: true })
  denominator: string | null;

  /** For per-county indicators: the smallest county's numerator within the region. */
  @Column({ type: 'numeric', nullable: true })
  countyMin: string | null;

  @Column({ type: 'text', nullable: true })
  populationBasis: string | null;

  @Column({ type: 'uuid', nullable: true })
  rollupId: string | null;

  @Column({ type: 'timestamptz' })
  computedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
