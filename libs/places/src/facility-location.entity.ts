import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Where a facility stands, in WGS-84 (GCJ-02 input is converted on the way in). The service circle is drawn around it. */
@Entity({ name: 'facility_location' })
@Check('facility_location_lat_check', `"lat" BETWEEN 3 AND 54`)
@Check('facility_location_lng_check', `"lng" BETWEEN 73 AND 136`)
@Index('facility_location_lat_lng_idx', ['lat', 'lng'])
export class FacilityLocation {
  @PrimaryColumn({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'facility_location_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  /** When the point was surveyed or read off the map, if known. */
  @Column({ type: 'date', nullable: true })
  locatedOn: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
