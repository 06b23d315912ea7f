import { References } from '@yiyang/core';
import { Region } from '@yiyang/regions';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A social worker serving older people in the community (社区社会工作者: at a 社工站, a street office, a social-work
 * organisation), not employed by a care facility, over [started_on, ended_on) in a township or village.
 */
@Entity({ name: 'community_social_worker' })
@Check('community_social_worker_region_level_check', `"region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '0{6}$'`)
@Check('community_social_worker_period_check', `"ended_on" IS NULL OR "ended_on" > "started_on"`)
@Index('community_social_worker_region_code_idx', ['regionCode'])
export class CommunitySocialWorker {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The township (乡镇/街道) or village (村/社区) served. */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'community_social_worker_region_code_fkey', onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Column({ type: 'date' })
  startedOn: string;

  /** First day no longer serving (exclusive end). */
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
