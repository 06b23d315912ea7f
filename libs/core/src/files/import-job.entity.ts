import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RowProblem } from './import-problems';

/** What an import did: the answer of a synchronous import, and the result of a completed job. */
export interface ImportCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export const IMPORT_JOB_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/**
 * An import too long to run within its request. The uploaded file waits here, in the database, because the worker
 * that runs the job may be another process on another machine; its bytes are dropped once the import has ended.
 * Status and progress live here too, so they outlast the job's entry in Redis.
 */
@Entity({ name: 'import_job' })
@Index('import_job_requested_by_idx', ['requestedBy', 'createdAt'])
@Check('import_job_status_check', `"status" IN ('queued', 'running', 'completed', 'failed')`)
export class ImportJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What the file holds, e.g. regions or population: which import runs it. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', default: 'queued' })
  status: ImportJobStatus;

  @Column({ type: 'uuid' })
  requestedBy: string;

  /** The uploader as the API saw them (role and scope), so the job checks rows against the same scope. */
  @Column({ type: 'jsonb' })
  requester: Record<string, unknown>;

  /** Options given with the upload (e.g. a population file's year and basis). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  params: Record<string, unknown>;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  fileType: string;

  @Column({ type: 'bytea', nullable: true, select: false })
  file: Buffer | null;

  @Column({ type: 'int', default: 0 })
  rowsRead: number;

  @Column({ type: 'int', nullable: true })
  rowsTotal: number | null;

  /** 0–1: reading the file is the first 80 %, writing it the rest. */
  @Column({ type: 'real', default: 0 })
  progress: number;

  /** The first problems of a refused file, by line. */
  @Column({ type: 'jsonb', nullable: true })
  errors: RowProblem[] | null;

  @Column({ type: 'int', default: 0 })
  errorCount: number;

  /** Why the import failed, in one sentence. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result: ImportCounts | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
