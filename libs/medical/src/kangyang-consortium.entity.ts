import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Region } from '@yiyang/regions';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MedicalInstitution } from './medical-institution.entity';

/**
 * A health-and-care consortium (康养联合体): care facilities and medical or rehabilitation providers working as one,
 * registered in a township or a village (it counts in its township), existing over [established_on, dissolved_on).
 */
@Entity({ name: 'kangyang_consortium' })
@Check('kangyang_consortium_region_level_check', `"region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '0{6}$'`)
@Check('kangyang_consortium_dissolved_after_established', `"dissolved_on" IS NULL OR "dissolved_on" > "established_on"`)
@Index('kangyang_consortium_region_code_idx', ['regionCode'])
export class KangyangConsortium {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'kangyang_consortium_region_code_fkey', onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'date' })
  establishedOn: string;

  /** First day it no longer exists (exclusive end). */
  @Column({ type: 'date', nullable: true })
  dissolvedOn: string | null;

  /** Meets the “五有” standard (有场地、有设施、有人员、有服务、有机制). */
  @Column({ type: 'boolean', default: false })
  meetsFiveStandards: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A member of a consortium: a care facility or a medical institution, exactly one of them. */
@Entity({ name: 'consortium_member' })
@Check('consortium_member_one_member_check', `num_nonnulls("facility_id", "medical_institution_id") = 1`)
@Index('consortium_member_facility_key', ['consortiumId', 'facilityId'], { unique: true, where: `"facility_id" IS NOT NULL` })
@Index('consortium_member_institution_key', ['consortiumId', 'medicalInstitutionId'], { unique: true, where: `"medical_institution_id" IS NOT NULL` })
@Index('consortium_member_facility_idx', ['facilityId'])
export class ConsortiumMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  consortiumId: string;

  @References(() => KangyangConsortium, { column: 'consortium_id', foreignKey: 'consortium_member_consortium_id_fkey', onDelete: 'CASCADE' })
  consortium?: KangyangConsortium;

  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'consortium_member_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Column({ type: 'uuid', nullable: true })
  medicalInstitutionId: string | null;

  @References(() => MedicalInstitution, { column: 'medical_institution_id', foreignKey: 'consortium_member_medical_institution_id_fkey', onDelete: 'RESTRICT' })
  medicalInstitution?: MedicalInstitution;
}
