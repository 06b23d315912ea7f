import { References } from '@yiyang/core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { CertificateKind, StaffRole } from './domain/staff-roles';
import { Facility } from './facility.entity';

/** A member of a facility's staff, employed over [hired_on, left_on). */
@Entity({ name: 'staff' })
@Check('staff_role_check', `"role" IN ('caregiver', 'social_worker', 'nurse', 'doctor', 'rehab_therapist', 'dietitian', 'manager', 'other')`)
@Check('staff_period_check', `"left_on" IS NULL OR "left_on" > "hired_on"`)
export class Staff {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('staff_facility_id_idx')
  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'staff_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: StaffRole;

  @Column({ type: 'date' })
  hiredOn: string;

  @Column({ type: 'date', nullable: true })
  leftOn: string | null;

  @OneToMany(() => StaffCertificate, (certificate) => certificate.staff, { cascade: ['insert'] })
  certificates?: StaffCertificate[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A certificate a staff member holds: the workforce indicators count valid ones. */
@Entity({ name: 'staff_certificate' })
@Check('staff_certificate_kind_check', `"kind" IN ('caregiver_skill', 'social_worker', 'nurse_license', 'doctor_license', 'first_aid', 'other')`)
@Check('staff_certificate_level_check', `"level" IS NULL OR "level" BETWEEN 1 AND 5`)
@Check('staff_certificate_validity_check', `"valid_until" IS NULL OR "valid_until" >= "issued_on"`)
export class StaffCertificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('staff_certificate_staff_id_idx')
  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => Staff, (staff) => staff.certificates, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'staff_certificate_staff_id_fkey' })
  staff?: Staff;

  @Column({ type: 'text' })
  kind: CertificateKind;

  /** 职业技能等级 for caregivers: 5 = 五级/初级工 … 1 = 一级/高级技师. */
  @Column({ type: 'smallint', nullable: true })
  level: number | null;

  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ type: 'date' })
  issuedOn: string;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;
}
