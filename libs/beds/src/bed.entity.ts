import { EffectiveDated, OpenPeriodColumns, References, VersionColumns } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Region } from '@yiyang/regions';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const BED_SETTINGS = ['institution', 'community', 'home'] as const;
/** institution 机构床位, community 社区床位 (day care, short stay), home 家庭养老床位 (in the older person's home). */
export type BedSetting = (typeof BED_SETTINGS)[number];

/** A room of a facility; beds of the bed board are grouped by floor and room. */
@Entity({ name: 'room' })
@Unique('room_facility_name_key', ['facilityId', 'name'])
export class Room {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'room_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'smallint', nullable: true })
  floor: number | null;
}

/**
 * A bed, open over [opened_on, closed_on). Its code is unique in its facility (一床一人一码). A home bed
 * (家庭养老床位) has no room: it stands in an older person's home region and is served by the facility.
 */
@Entity({ name: 'bed' })
@Unique('bed_facility_code_key', ['facilityId', 'code'])
@Check('bed_setting_check', `"setting" IN ('institution', 'community', 'home')`)
@Check('bed_home_check', `("setting" = 'home') = ("home_region_code" IS NOT NULL) AND ("setting" = 'home') = ("room_id" IS NULL)`)
@Check('bed_home_region_level_check', `"home_region_code" IS NULL OR "home_region_code" !~ '0{6}$'`)
@Check('bed_closed_after_opened', `"closed_on" IS NULL OR "closed_on" > "opened_on"`)
export class Bed extends OpenPeriodColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'bed_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Index('bed_room_id_idx')
  @Column({ type: 'uuid', nullable: true })
  roomId: string | null;

  @References(() => Room, { column: 'room_id', foreignKey: 'bed_room_id_fkey', onDelete: 'RESTRICT' })
  room?: Room;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  setting: BedSetting;

  @Column({ type: 'varchar', length: 12, nullable: true })
  homeRegionCode: string | null;

  @References(() => Region, { column: 'home_region_code', foreignKey: 'bed_home_region_code_fkey', onDelete: 'RESTRICT' })
  homeRegion?: Region;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * How a bed is classified over one period: 护理型 care-type and 认知障碍照护 dementia-care (a dementia-care bed is also
 * a care-type bed). Reclassifying from a date splits the version in force then; periods never overlap.
 */
@Entity({ name: 'bed_classification' })
@EffectiveDated('bed_classification', 'bed_id')
@Check('bed_classification_dementia_check', `NOT "dementia_care" OR "care_type"`)
@Index('bed_classification_current_idx', { synchronize: false })
export class BedClassification extends VersionColumns {
  @PrimaryColumn({ type: 'uuid' })
  bedId: string;

  @References(() => Bed, { column: 'bed_id', foreignKey: 'bed_classification_bed_id_fkey', onDelete: 'CASCADE' })
  bed?: Bed;

  @PrimaryColumn({ type: 'date' })
  validFrom: string;

  @Column({ type: 'boolean' })
  careType: boolean;

  @Column({ type: 'boolean', default: false })
  dementiaCare: boolean;
}

/** A bed temporarily out of service (repairs, isolation) over [valid_from, valid_to). */
@Entity({ name: 'bed_out_of_service' })
@EffectiveDated('bed_out_of_service', 'bed_id')
export class BedOutOfService extends VersionColumns {
  @PrimaryColumn({ type: 'uuid' })
  bedId: string;

  @References(() => Bed, { column: 'bed_id', foreignKey: 'bed_out_of_service_bed_id_fkey', onDelete: 'CASCADE' })
  bed?: Bed;

  @PrimaryColumn({ type: 'date' })
  validFrom: string;

  @Column({ type: 'text' })
  reason: string;
}
