import { References } from '@yiyang/core';
import { Region } from '@yiyang/regions';
import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A community or village (村/社区) on the map: its point in WGS-84 (the 村委会 / 居委会, or the centre of its homes) and
 * its older population (60+), the weight it carries in the service circle's coverage.
 */
@Entity({ name: 'community_place' })
@Check('community_place_region_code_check', `"region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '000$'`)
@Check('community_place_lat_check', `"lat" BETWEEN 3 AND 54`)
@Check('community_place_lng_check', `"lng" BETWEEN 73 AND 136`)
@Check('community_place_older_population_check', `"older_population" >= 0`)
@Check('community_place_population_year_check', `"population_year" IS NULL OR "population_year" BETWEEN 2000 AND 2100`)
@Index('community_place_lat_lng_idx', ['lat', 'lng'])
export class CommunityPlace {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'community_place_region_code_fkey', onDelete: 'CASCADE' })
  region?: Region;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  /** People aged 60 and over living there. */
  @Column({ type: 'integer' })
  olderPopulation: number;

  /** The year the older population was counted. */
  @Column({ type: 'smallint', nullable: true })
  populationYear: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
