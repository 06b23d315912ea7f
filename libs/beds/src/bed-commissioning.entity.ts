import { References } from '@yiyang/core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Bed } from './bed.entity';

export const BED_ORIGINS = ['new_build', 'rebuild'] as const;
/** new_build 新建: the bed came into service as a new bed; rebuild 改建: an existing bed rebuilt in place (same bed, same history). */
export type BedOrigin = (typeof BED_ORIGINS)[number];
/** What a bed being created says of itself: existing 原有 (no commissioning, the default), or built new / rebuilt on a date. */
export const BED_CREATION_ORIGINS = ['existing', ...BED_ORIGINS] as const;
export type BedCreationOrigin = (typeof BED_CREATION_ORIGINS)[number];

/**
 * A bed put into service by building work (新建、改建养老床位), on a date within the bed's open period. A bed created as
 * existing (原有) has none; a rebuild in place adds one to the same bed, whose classification and stays go on as they were.
 */
@Entity({ name: 'bed_commissioning' })
@Unique('bed_commissioning_bed_date_key', ['bedId', 'commissionedOn'])
@Check('bed_commissioning_origin_check', `"origin" IN ('new_build', 'rebuild')`)
@Index('bed_commissioning_commissioned_on_idx', ['commissionedOn'])
export class BedCommissioning {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bedId: string;

  @References(() => Bed, { column: 'bed_id', foreignKey: 'bed_commissioning_bed_id_fkey', onDelete: 'CASCADE' })
  bed?: Bed;

  @Column({ type: 'text' })
  origin: BedOrigin;

  @Column({ type: 'date' })
  commissionedOn: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
