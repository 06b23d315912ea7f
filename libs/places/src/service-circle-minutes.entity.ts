import { References } from '@yiyang/core';
import { Region } from '@yiyang/regions';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The plan's service circle in walking minutes (渝北 15, 舟山 20) for a region and everything below it; the nearest
 * region up the tree that sets it applies, else DEFAULT_CIRCLE_MINUTES.
 */
@Entity({ name: 'service_circle_minutes' })
@Check('service_circle_minutes_minutes_check', `"minutes" BETWEEN 5 AND 60`)
export class ServiceCircleMinutes {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'service_circle_minutes_region_code_fkey', onDelete: 'CASCADE' })
  region?: Region;

  @Column({ type: 'smallint' })
  minutes: number;

  @Column({ type: 'uuid', nullable: true })
  setBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
