import { References } from '@yiyang/core';
import { Region } from '@yiyang/regions';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ScenarioChange } from './domain/scenario-change';

/**
 * A saved what-if scenario (情景推演): a region, the month it is judged in and the list of changes. Nothing of it is
 * applied to the registry; evaluating it re-applies the changes to today's records in a transaction that is rolled back.
 */
@Entity({ name: 'kpi_scenario' })
@Check('kpi_scenario_name_check', `length(btrim("name")) BETWEEN 1 AND 200`)
@Check('kpi_scenario_month_check', `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('kpi_scenario_changes_check', `jsonb_typeof("changes") = 'array' AND jsonb_array_length("changes") BETWEEN 1 AND 50`)
@Index('kpi_scenario_region_code_idx', ['regionCode'])
export class KpiScenario {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'kpi_scenario_region_code_fkey', onDelete: 'CASCADE' })
  region?: Region;

  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'jsonb' })
  changes: ScenarioChange[];

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
