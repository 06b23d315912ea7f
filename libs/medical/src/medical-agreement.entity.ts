import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { MedicalInstitution } from './medical-institution.entity';

/**
 * A cooperation agreement (签约合作) between a care facility and a medical institution: in force from signed_on through
 * valid_until inclusive, or open-ended when valid_until is null.
 */
@Entity({ name: 'medical_agreement' })
@Unique('medical_agreement_signed_key', ['facilityId', 'medicalInstitutionId', 'signedOn'])
@Check('medical_agreement_valid_until_check', `"valid_until" IS NULL OR "valid_until" >= "signed_on"`)
@Index('medical_agreement_institution_idx', ['medicalInstitutionId'])
export class MedicalAgreement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'medical_agreement_facility_id_fkey', onDelete: 'CASCADE' })
  facility?: Facility;

  @Column({ type: 'uuid' })
  medicalInstitutionId: string;

  @References(() => MedicalInstitution, { column: 'medical_institution_id', foreignKey: 'medical_agreement_medical_institution_id_fkey', onDelete: 'RESTRICT' })
  medicalInstitution?: MedicalInstitution;

  @Column({ type: 'date' })
  signedOn: string;

  /** Last day in force (inclusive); null = open-ended. */
  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  /** What the institution provides (巡诊、绿色通道、远程会诊…). */
  @Column({ type: 'text', nullable: true })
  services: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
