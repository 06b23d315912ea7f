import { References } from '@yiyang/core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Resident } from '../resident.entity';

/**
 * An entrusted-care agreement (委托照料服务协议) of a dispersed-support 特困 person: who looks after them at home, from
 * the day it was signed to its last day in force (valid_until, inclusive; none: open-ended). The caregiver's phone
 * is stored only encrypted, bound to the agreement, and shown masked.
 */
@Entity({ name: 'tekun_care_agreement' })
@Check('tekun_care_agreement_phone_encrypted_check', `"caregiver_phone_encrypted" LIKE 'v1.%'`)
@Check('tekun_care_agreement_period_check', `"valid_until" IS NULL OR "valid_until" >= "signed_on"`)
@Index('tekun_care_agreement_resident_idx', ['residentId', 'signedOn'])
export class TekunCareAgreement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  residentId: string;

  @References(() => Resident, { column: 'resident_id', foreignKey: 'tekun_care_agreement_resident_id_fkey', onDelete: 'RESTRICT' })
  resident?: Resident;

  @Column({ type: 'text' })
  caregiverName: string;

  @Column({ type: 'text' })
  caregiverPhoneEncrypted: string;

  /** 与老人关系 (亲属、邻居、村民…). */
  @Column({ type: 'text', nullable: true })
  caregiverRelation: string | null;

  @Column({ type: 'date' })
  signedOn: string;

  /** Last day in force (inclusive); null = open-ended. */
  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
