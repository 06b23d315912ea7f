import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Region } from '@yiyang/regions';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { WaitlistPolicy } from './domain/waitlist-policy';

/**
 * Admission rules of a facility, or of every facility in a region's subtree: whether admission needs a current
 * capability assessment, and the waiting-list policy. The nearest wins: the facility's own, then its region's,
 * then each region above; with none, the defaults of standards.md §6.
 */
@Entity({ name: 'admission_policy' })
@Check('admission_policy_target_check', `("region_code" IS NULL) <> ("facility_id" IS NULL)`)
@Index('admission_policy_region_key', ['regionCode'], { unique: true, where: `"region_code" IS NOT NULL` })
@Index('admission_policy_facility_key', ['facilityId'], { unique: true, where: `"facility_id" IS NOT NULL` })
export class AdmissionPolicy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true })
  regionCode: string | null;

  @References(() => Region, { column: 'region_code', foreignKey: 'admission_policy_region_code_fkey', onDelete: 'CASCADE' })
  region?: Region;

  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'admission_policy_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Column({ type: 'boolean' })
  requiresAssessment: boolean;

  /** A WaitlistPolicy, validated on the way in. */
  @Column({ type: 'jsonb' })
  waitlist: WaitlistPolicy;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
