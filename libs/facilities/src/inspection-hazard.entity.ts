import { References } from '@yiyang/core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FacilityInspection } from './facility-inspection.entity';
import { Facility } from './facility.entity';

/** A safety hazard found at a facility (安全隐患; major 重大 or not), and when it was put right (整改). */
@Entity({ name: 'inspection_hazard' })
@Check('inspection_hazard_rectified_check', `"rectified_on" IS NULL OR "rectified_on" >= "found_on"`)
@Index('inspection_hazard_facility_idx', ['facilityId', 'foundOn'])
export class InspectionHazard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'inspection_hazard_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  /** The inspection that found it, if it was found by one. */
  @Index('inspection_hazard_inspection_idx')
  @Column({ type: 'uuid', nullable: true })
  inspectionId: string | null;

  @References(() => FacilityInspection, { column: 'inspection_id', foreignKey: 'inspection_hazard_inspection_id_fkey', onDelete: 'SET NULL' })
  inspection?: FacilityInspection;

  @Column({ type: 'text' })
  description: string;

  /** 重大安全隐患 */
  @Column({ type: 'boolean' })
  major: boolean;

  @Column({ type: 'date' })
  foundOn: string;

  @Column({ type: 'date', nullable: true })
  rectifiedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
