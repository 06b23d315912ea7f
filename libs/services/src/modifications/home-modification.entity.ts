import { References } from '@yiyang/core';
import { Region } from '@yiyang/regions';
import { Resident } from '@yiyang/residents';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A household's age-friendly home modification (适老化改造): the village, community or township it lives in, the older
 * person when registered, whether it is a hardship household (困难老年人家庭) and was subsidised, applied and completed.
 */
@Entity({ name: 'home_modification' })
@Check('home_modification_subsidy_check', `"subsidy_yuan" IS NULL OR ("subsidised" AND "subsidy_yuan" >= 0)`)
@Check('home_modification_period_check', `"completed_on" IS NULL OR "completed_on" >= "applied_on"`)
@Index('home_modification_region_idx', ['regionCode', 'appliedOn'])
export class HomeModification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'home_modification_region_code_fkey', onDelete: 'RESTRICT' })
  region?: Region;

  @Index('home_modification_resident_idx')
  @Column({ type: 'uuid', nullable: true })
  residentId: string | null;

  @References(() => Resident, { column: 'resident_id', foreignKey: 'home_modification_resident_id_fkey', onDelete: 'RESTRICT' })
  resident?: Resident;

  @Column({ type: 'text' })
  applicantName: string;

  /** 困难老年人家庭 */
  @Column({ type: 'boolean' })
  hardship: boolean;

  @Column({ type: 'boolean' })
  subsidised: boolean;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  subsidyYuan: string | null;

  @Column({ type: 'date' })
  appliedOn: string;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
