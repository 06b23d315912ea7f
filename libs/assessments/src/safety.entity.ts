import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Resident } from '@yiyang/residents';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SafetyRisk, SafetyRiskRegister } from './domain/safety-risks';

/** GB 38600 safety-risk assessment of one person: each of the nine risks with its level and measures. */
@Entity({ name: 'safety_risk_assessment' })
@Check('safety_risk_assessment_reason_check', `"reason" IN ('admission', 'change', 'routine')`)
@Index('safety_risk_assessment_resident_idx', ['residentId', 'assessedOn'])
export class SafetyRiskAssessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  residentId: string;

  @References(() => Resident, { column: 'resident_id', foreignKey: 'safety_risk_assessment_resident_id_fkey', onDelete: 'RESTRICT' })
  resident?: Resident;

  @Column({ type: 'date' })
  assessedOn: string;

  @Column({ type: 'text' })
  reason: 'admission' | 'change' | 'routine';

  @Column({ type: 'jsonb' })
  risks: SafetyRiskRegister;

  @Column({ type: 'uuid', nullable: true })
  assessorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** An incident (意外事件): what happened, how it was handled, when and how the family was told, the review. */
@Entity({ name: 'incident' })
@Check(
  'incident_risk_check',
  `"risk" IN ('choking', 'wrong_intake', 'pressure_sore', 'scald', 'bed_fall', 'fall', 'wandering', 'harm', 'activity_accident', 'other')`,
)
@Check('incident_channel_check', `"notification_channel" IS NULL OR "notification_channel" IN ('phone', 'in_person', 'message', 'other')`)
@Check('incident_notified_after_check', `"family_notified_at" IS NULL OR "family_notified_at" >= "occurred_at"`)
@Index('incident_resident_idx', ['residentId', 'occurredAt'])
export class Incident {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  residentId: string;

  @References(() => Resident, { column: 'resident_id', foreignKey: 'incident_resident_id_fkey', onDelete: 'RESTRICT' })
  resident?: Resident;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  risk: SafetyRisk | 'other';

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  handling: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  familyNotifiedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  notificationChannel: string | null;

  @Column({ type: 'text', nullable: true })
  notifiedPerson: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewNotes: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  /** The facility that recorded it: its staff see it, other facilities serving the person do not; null: an office. */
  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'incident_facility_id_fkey', onDelete: 'RESTRICT' })
  facility?: Facility;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
