import { References } from '@yiyang/core';
import { Region } from '@yiyang/regions';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { MedicalInstitutionKind, MedicalInstitutionLevel } from './domain/medical-kinds';

/**
 * A medical institution (医疗机构), kept as a light registry so care facilities' cooperation agreements (签约合作) and
 * consortia (康养联合体) can name it. It stands in a township or a village and counts in its township; it operates over
 * [opened_on, closed_on), either end unknown.
 */
@Entity({ name: 'medical_institution' })
@Unique('medical_institution_name_key', ['name', 'regionCode'])
@Check(
  'medical_institution_kind_check',
  `"kind" IN ('general_hospital', 'tcm_hospital', 'township_health_centre', 'community_health_centre', 'clinic', 'rehabilitation', 'other')`,
)
@Check('medical_institution_level_check', `"level" IN ('tertiary', 'secondary', 'primary', 'unrated')`)
@Check('medical_institution_region_level_check', `"region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '0{6}$'`)
@Check('medical_institution_closed_after_opened', `"closed_on" IS NULL OR "opened_on" IS NULL OR "closed_on" > "opened_on"`)
@Index('medical_institution_region_code_idx', ['regionCode'])
export class MedicalInstitution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: MedicalInstitutionKind;

  @Column({ type: 'text', default: 'unrated' })
  level: MedicalInstitutionLevel;

  /** The township (乡镇/街道) or village (村/社区) it stands in. */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'medical_institution_region_code_fkey', onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'date', nullable: true })
  openedOn: string | null;

  /** First day closed (exclusive end). */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
