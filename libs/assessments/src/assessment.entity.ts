import { References } from '@yiyang/core';
import { Resident } from '@yiyang/residents';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { AssessmentConditions, AssessmentResult } from './domain/scoring';
import type { AssessmentReason } from './domain/safety-risks';

/**
 * A signed capability assessment: the items and conditions as assessed and what the engine derived from them
 * (instrument and version recorded). Immutable once written (a trigger refuses UPDATE and DELETE); a correction is a
 * new assessment that names the one it corrects, and each may be corrected once.
 */
@Entity({ name: 'assessment' })
@Unique('assessment_corrects_key', ['correctsId'])
@Check('assessment_reason_check', `"reason" IN ('first', 'routine', 'change', 'review')`)
@Check('assessment_level_check', `"preliminary_level" BETWEEN 0 AND 4 AND "final_level" BETWEEN 0 AND 4`)
@Index('assessment_resident_idx', ['residentId', 'assessedOn'])
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  residentId: string;

  @References(() => Resident, { column: 'resident_id', foreignKey: 'assessment_resident_id_fkey', onDelete: 'RESTRICT' })
  resident?: Resident;

  @Column({ type: 'text' })
  instrumentCode: string;

  @Column({ type: 'text' })
  instrumentVersion: string;

  @Column({ type: 'text' })
  reason: AssessmentReason;

  @Column({ type: 'date' })
  assessedOn: string;

  @Column({ type: 'uuid', nullable: true })
  assessorId: string | null;

  @Column({ type: 'jsonb' })
  items: Record<string, number>;

  @Column({ type: 'jsonb' })
  conditions: AssessmentConditions;

  @Column({ type: 'jsonb' })
  domainScores: AssessmentResult['domainScores'];

  @Column({ type: 'smallint' })
  total: number;

  @Column({ type: 'smallint' })
  preliminaryLevel: number;

  @Column({ type: 'jsonb' })
  adjustments: AssessmentResult['adjustments'];

  @Column({ type: 'smallint' })
  finalLevel: number;

  @Column({ type: 'date' })
  nextDueOn: string;

  /** The assessment this one corrects. */
  @Column({ type: 'uuid', nullable: true })
  correctsId: string | null;

  @References(() => Assessment, { column: 'corrects_id', foreignKey: 'assessment_corrects_id_fkey', onDelete: 'RESTRICT' })
  corrects?: Assessment;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  signedAt: Date;
}
