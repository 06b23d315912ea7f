import { References } from '@yiyang/core';
import { Staff } from '@yiyang/facilities';
import { Region } from '@yiyang/regions';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CourseType } from './domain/course-types';

/**
 * One person trained once (one line of an attendance list): the course type, where the training counts (a township
 * or a village), the trainee (ID number encrypted, found by a keyed hash, so one person's trainings can be matched
 * without decrypting), the day and the hours. The plans count person-times of caregivers and family caregivers and
 * people of managers.
 */
@Entity({ name: 'training_record' })
@Check('training_record_course_type_check', `"course_type" IN ('caregiver', 'manager', 'family_caregiver')`)
@Check('training_record_region_level_check', `"region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '0{6}$'`)
@Check('training_record_hours_check', `"hours" > 0`)
@Check('training_record_trainee_id_number_check', `"trainee_id_number_encrypted" LIKE 'v1.%'`)
@Index('training_record_region_code_trained_on_idx', ['regionCode', 'trainedOn'])
@Index('training_record_trainee_id_number_hash_idx', ['traineeIdNumberHash', 'courseType', 'trainedOn'])
export class TrainingRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  courseType: CourseType;

  /** The township (乡镇/街道) or village (村/社区) the training counts in. */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'training_record_region_code_fkey', onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'text' })
  traineeName: string;

  /** 身份证 number, encrypted (PersonalDataCipher, bound to the record's id). */
  @Column({ type: 'text' })
  traineeIdNumberEncrypted: string;

  /** Keyed hash of the normalised number: the same person in every record. */
  @Column({ type: 'text' })
  traineeIdNumberHash: string;

  /** When the trainee is on a facility's staff. */
  @Column({ type: 'uuid', nullable: true })
  staffId: string | null;

  @References(() => Staff, { column: 'staff_id', foreignKey: 'training_record_staff_id_fkey', onDelete: 'SET NULL' })
  staff?: Staff;

  @Column({ type: 'date' })
  trainedOn: string;

  @Column({ type: 'numeric', precision: 6, scale: 1 })
  hours: string;

  @Column({ type: 'text', nullable: true })
  provider: string | null;

  /** Free of charge to the trainee (免费培训). */
  @Column({ type: 'boolean', default: true })
  free: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
