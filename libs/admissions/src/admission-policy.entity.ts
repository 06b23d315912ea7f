import { Facility } from '@yiyang/facilities';
import { Region } from '@yiyang/regions';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
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

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'admission_policy_region_code_fkey' })
  region?: Region;

  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'admission_policy_facility_id_fkey' })
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
