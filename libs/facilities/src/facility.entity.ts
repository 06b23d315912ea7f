import { OpenPeriodColumns, References } from '@yiyang/core';
import { Region } from '@yiyang/regions';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A place that serves older people: its identity, where it stands and when it operates ([opened_on, closed_on)).
 * What it is and offers — kind, ownership, operation, functions, flags — changes over time and lives in
 * facility_profile, one version per period.
 */
@Entity({ name: 'facility' })
@Check('facility_closed_after_opened', `"closed_on" IS NULL OR "closed_on" > "opened_on"`)
@Check('facility_region_level_check', `"region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '0{6}$'`)
@Check('facility_coordinates_check', `("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180)`)
@Index('facility_region_code_prefix_idx', { synchronize: false })
@Index('facility_latitude_longitude_idx', ['latitude', 'longitude'])
export class Facility extends OpenPeriodColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The township (乡镇/街道) or village (村/社区) it stands in. */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'facility_region_code_fkey', onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  /** Where it stands, WGS-84 (PUT /facilities/:id/location also takes GCJ-02 and converts it). The service circle is drawn around it. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /**
   * Bumped by triggers whenever anything a bed board shows changes (the facility, its rooms, beds, classifications,
   * out-of-service periods), so a cached board is known to be current with one indexed lookup.
   */
  @Column({ type: 'bigint', default: 0, select: false })
  boardVersion: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
