import { References } from '@yiyang/core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ProjectKind } from './domain/works';
import { Facility } from './facility.entity';

/** A building project of a facility (提升改造, 消防改造, 维修改造, 改扩建, 新建): started, completed, funded. */
@Entity({ name: 'facility_project' })
@Check('facility_project_kind_check', `"kind" IN ('upgrade', 'fire_safety', 'repair', 'expansion', 'new_build')`)
@Check('facility_project_completed_check', `"completed_on" IS NULL OR "completed_on" >= "started_on"`)
@Check('facility_project_funding_check', `"funding_yuan" IS NULL OR "funding_yuan" >= 0`)
@Index('facility_project_facility_idx', ['facilityId', 'completedOn'])
export class FacilityProject {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'facility_project_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Column({ type: 'text' })
  kind: ProjectKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date' })
  startedOn: string;

  /** 竣工 Completed on: from this day the project counts as done. */
  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  /** 投入资金（元）· Funding in yuan. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  fundingYuan: string | null;

  /** 资金来源（中央预算内、福彩公益金、地方财政…）· Where the money came from. */
  @Column({ type: 'text', nullable: true })
  fundingSource: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
