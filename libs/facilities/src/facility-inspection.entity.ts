import { References } from '@yiyang/core';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Facility } from './facility.entity';

/** The yearly quality inspection (养老机构服务质量基本规范): did the facility meet the standard that year. */
@Entity({ name: 'facility_inspection' })
@Unique('facility_inspection_year_key', ['facilityId', 'year'])
@Check('facility_inspection_score_check', `"score" IS NULL OR "score" BETWEEN 0 AND 100`)
@Check('facility_inspection_year_check', `"year" BETWEEN 2000 AND 2100`)
export class FacilityInspection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'facility_inspection_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Column({ type: 'smallint' })
  year: number;

  /** When it was inspected: from this date the result counts. */
  @Column({ type: 'date' })
  inspectedOn: string;

  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  score: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
