import { EffectiveDated, References, VersionColumns } from '@yiyang/core';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { FacilityFunction, FacilityKind, FoodSafetyGrade, Operation, Ownership } from './domain/facility-kinds';
import { Facility } from './facility.entity';

/**
 * What a facility is and offers over one period [valid_from, valid_to): the attributes the plan indicators count.
 * A change from a date splits the version in force then, so earlier months recompute exactly; periods of one
 * facility never overlap (exclusion constraint).
 */
@Entity({ name: 'facility_profile' })
@EffectiveDated('facility_profile', 'facility_id')
@Check(
  'facility_profile_kind_check',
  `"kind" IN ('institution', 'tekun_home', 'township_centre', 'community_station', 'mutual_aid', 'canteen')`,
)
@Check('facility_profile_ownership_check', `"ownership" IN ('public', 'private') AND "operation" IN ('government', 'social')`)
@Check('facility_profile_private_operation_check', `"ownership" = 'public' OR "operation" = 'social'`)
@Check(
  'facility_profile_functions_check',
  `"functions" <@ ARRAY['full_time_care', 'day_care', 'home_outreach', 'meals', 'rehab', 'recreation', 'medical_care', 'spiritual_comfort']::text[]`,
)
@Check('facility_profile_grades_check', `("food_safety_grade" IS NULL OR "food_safety_grade" IN ('A', 'B', 'C')) AND ("a_grade" IS NULL OR "a_grade" BETWEEN 1 AND 5)`)
export class FacilityProfile extends VersionColumns {
  @PrimaryColumn({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'facility_profile_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @PrimaryColumn({ type: 'date' })
  validFrom: string;

  @Column({ type: 'text' })
  kind: FacilityKind;

  @Column({ type: 'text' })
  ownership: Ownership;

  /** government 公办公营, social 社会运营 (with public ownership: 公建民营). */
  @Column({ type: 'text' })
  operation: Operation;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  functions: FacilityFunction[];

  /** 认知症照护专区 */
  @Column({ type: 'boolean', default: false })
  dementiaZone: boolean;

  /** 康复室 */
  @Column({ type: 'boolean', default: false })
  rehabRoom: boolean;

  /** 阳光厨房 (kitchen visible to the public by video) */
  @Column({ type: 'boolean', default: false })
  sunshineKitchen: boolean;

  /** 食品安全等级 A/B/C */
  @Column({ type: 'text', nullable: true })
  foodSafetyGrade: FoodSafetyGrade | null;

  /** 智慧养老机构 */
  @Column({ type: 'boolean', default: false })
  smart: boolean;

  /** 视频联网 */
  @Column({ type: 'boolean', default: false })
  videoConnected: boolean;

  /** 示范性居家养老服务中心 */
  @Column({ type: 'boolean', default: false })
  demoCentre: boolean;

  /** 医养结合 */
  @Column({ type: 'boolean', default: false })
  medicalIntegrated: boolean;

  /** 标准化老年食堂 */
  @Column({ type: 'boolean', default: false })
  standardizedCanteen: boolean;

  /** 康复辅具消杀（消洗）场所 */
  @Column({ type: 'boolean', default: false })
  assistiveDeviceSite: boolean;

  /** 国际交流平台 */
  @Column({ type: 'boolean', default: false })
  exchangePlatform: boolean;

  /** 老年用品展示平台 */
  @Column({ type: 'boolean', default: false })
  productsDisplayPlatform: boolean;

  /** A grade of a home-care centre (5 = 5A). */
  @Column({ type: 'smallint', nullable: true })
  aGrade: number | null;

  /** The township centre that runs this station (中心带站). */
  @Column({ type: 'uuid', nullable: true })
  managedByFacilityId: string | null;

  @References(() => Facility, { column: 'managed_by_facility_id', foreignKey: 'facility_profile_managed_by_fkey', onDelete: 'SET NULL' })
  managedBy?: Facility;
}
