import { References } from '@yiyang/core';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Facility } from './facility.entity';

/** A star rating (GB/T 37276): the section scores as assessed, and the level they earn. In force until the next one. */
@Entity({ name: 'facility_star_rating' })
@Unique('facility_star_rating_date_key', ['facilityId', 'ratedOn'])
@Check(
  'facility_star_rating_scores_check',
  `"environment" BETWEEN 0 AND 120 AND "facilities" BETWEEN 0 AND 130 AND "operations" BETWEEN 0 AND 150 AND "services" BETWEEN 0 AND 600 AND "star_level" BETWEEN 0 AND 5`,
)
export class FacilityStarRating {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'facility_star_rating_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Column({ type: 'date' })
  ratedOn: string;

  @Column({ type: 'text' })
  edition: string;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  environment: string;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  facilities: string;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  operations: string;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  services: string;

  /** 0 = no star, 1–5 = 一星 … 五星 */
  @Column({ type: 'smallint' })
  starLevel: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
