import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Region } from '@yiyang/regions';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { LivingArrangement, ResidentCategory, TekunSupportMode } from './domain/resident-enums';

/**
 * An older person, at home or in a facility. The 身份证 number is stored only encrypted (AES-256-GCM, key id kept
 * for rotation) and as a keyed hash that finds the person and keeps them from being registered twice; phones and
 * emergency contacts are encrypted likewise. Responses show them masked.
 */
@Entity({ name: 'resident' })
@Unique('resident_id_number_hash_key', ['idNumberHash'])
@Check('resident_sex_check', `"sex" IN ('male', 'female')`)
@Check(
  'resident_categories_check',
  `"categories" <@ ARRAY['tekun', 'dibao', 'dibao_edge', 'family_planning_special', 'key_entitled', 'special_merit', 'disabled_certified']::text[]`,
)
@Check('resident_living_arrangement_check', `"living_arrangement" IN ('alone', 'empty_nest', 'left_behind', 'with_family')`)
@Check('resident_tekun_check', `("tekun_support_mode" IS NULL OR "tekun_support_mode" IN ('centralized', 'dispersed')) AND ("tekun_support_mode" IS NULL OR 'tekun' = ANY("categories"))`)
@Check('resident_id_number_encrypted_check', `"id_number_encrypted" LIKE 'v1.%'`)
@Index('resident_residence_region_prefix_idx', { synchronize: false })
@Index('resident_hukou_region_prefix_idx', { synchronize: false })
/** (id) INCLUDE (birth_date): the KPI sources' 60-or-over test of every running stay reads the index alone (migration 1796800000500). */
@Index('resident_id_birth_date_idx', { synchronize: false })
export class Resident {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  idNumberEncrypted: string;

  /** HMAC-SHA256 (hex) of the normalised number. */
  @Column({ type: 'char', length: 64 })
  idNumberHash: string;

  @Column({ type: 'text' })
  sex: 'male' | 'female';

  @Column({ type: 'date' })
  birthDate: string;

  /** 户籍 registered residence */
  @Column({ type: 'varchar', length: 12 })
  hukouRegionCode: string;

  @References(() => Region, { column: 'hukou_region_code', foreignKey: 'resident_hukou_region_code_fkey', onDelete: 'RESTRICT' })
  hukouRegion?: Region;

  /** Where the person lives now. */
  @Column({ type: 'varchar', length: 12 })
  residenceRegionCode: string;

  @References(() => Region, { column: 'residence_region_code', foreignKey: 'resident_residence_region_code_fkey', onDelete: 'RESTRICT' })
  residenceRegion?: Region;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  categories: ResidentCategory[];

  @Column({ type: 'text' })
  livingArrangement: LivingArrangement;

  @Column({ type: 'text', nullable: true })
  tekunSupportMode: TekunSupportMode | null;

  /** 有集中供养意愿 */
  @Column({ type: 'boolean', nullable: true })
  willingCentralized: boolean | null;

  @Column({ type: 'text', nullable: true })
  phoneEncrypted: string | null;

  /** JSON array of {name, relation, phone}, encrypted as one value. */
  @Column({ type: 'text', nullable: true })
  emergencyContactsEncrypted: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The facilities that serve a person (registered them, house them, visit them): operators see these people. */
@Entity({ name: 'resident_facility' })
export class ResidentFacility {
  @PrimaryColumn({ type: 'uuid' })
  residentId: string;

  @References(() => Resident, { column: 'resident_id', foreignKey: 'resident_facility_resident_id_fkey', onDelete: 'CASCADE' })
  resident?: Resident;

  @Index('resident_facility_facility_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'resident_facility_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @CreateDateColumn({ type: 'timestamptz' })
  linkedAt: Date;
}
