import { References } from '@yiyang/core';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Region } from '@yiyang/regions';

/** Where a target or baseline figure comes from: the plan file and the plan's own words, verbatim. */
abstract class PlanSourceColumns {
  @Column({ type: 'text', nullable: true })
  sourceFile: string | null;

  @Column({ type: 'text', nullable: true })
  sourceQuote: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/**
 * A plan's target for one indicator in one region and year (e.g. 渝北区 care_type_bed_share ≥ 60 in 2025,
 * 约束性), with the plan sentence it comes from. Targets are set for the region whose plan states them.
 */
@Entity({ name: 'kpi_target' })
@Check('kpi_target_comparator_check', `"comparator" IN ('>=', '<=', '=', '>', '<')`)
@Check('kpi_target_binding_check', `"binding" IN ('binding', 'expected', 'not_stated')`)
@Check('kpi_target_year_check', `"year" BETWEEN 2000 AND 2100`)
export class KpiTarget extends PlanSourceColumns {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'kpi_target_region_code_fkey', onDelete: 'CASCADE' })
  region?: Region;

  @PrimaryColumn({ type: 'text' })
  indicator: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Column({ type: 'text' })
  comparator: string;

  @Column({ type: 'numeric' })
  value: string;

  /** 约束性 binding, 预期性 expected, or a number the plan gives without either. */
  @Column({ type: 'text' })
  binding: string;

  @Column({ type: 'uuid', nullable: true })
  setBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  setAt: Date;
}

/**
 * A value a plan publishes for a past year (2020 actual, or the earlier plan's target for it): the start of the
 * straight line to the target that on-track / at-risk is judged against.
 */
@Entity({ name: 'kpi_baseline' })
@Check('kpi_baseline_kind_check', `"kind" IN ('actual', 'target_for_year')`)
@Check('kpi_baseline_year_check', `"year" BETWEEN 2000 AND 2100`)
export class KpiBaseline extends PlanSourceColumns {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'kpi_baseline_region_code_fkey', onDelete: 'CASCADE' })
  region?: Region;

  @PrimaryColumn({ type: 'text' })
  indicator: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  @Column({ type: 'numeric' })
  value: string;
}
