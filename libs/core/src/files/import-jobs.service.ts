import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { DomainError, InvalidInputError } from '../errors/domain-errors';
import { ROOT_LOGGER } from '../logging/logger.tokens';
import type { RootLogger } from '../logging/logger';
import { JobQueue } from '../queue/job-queue';
import type { JobName, JobPayloads } from '../queue/jobs';
import { ImportJob, type ImportCounts } from './import-job.entity';
import { ImportRefusedError, type RowProblem } from './import-problems';
import { countTabularRows, type UploadedFile } from './tabular-file';
import { execute } from '../database/sql-fragments';

/** Where an import has got to; a synchronous import passes NO_PROGRESS. */
export interface ImportProgress {
  /** Rows read so far. */
  reading(rowsRead: number): Promise<void>;
  /**
   * Every row read and checked; writing begins, inside one transaction. Nothing is reported from within it: with
   * embedded PGlite a second connection would wait for that transaction to end.
   */
  writing(rowsRead: number): Promise<void>;
}

export const NO_PROGRESS: ImportProgress = {
  reading: async () => undefined,
  writing: async () => undefined,
};

/** A queued import as its job finds it. */
export interface ImportJobWork {
  kind: string;
  file: UploadedFile;
  requester: Record<string, unknown>;
  params: Record<string, unknown>;
}

/** The jobs that run an import; their payload names the import_job row. */
export type ImportJobName = { [N in JobName]: JobPayloads[N] extends { importId: string } ? N : never }[JobName];

/** Reading is this share of an import's progress, writing the rest. */
const READING_SHARE = 0.8;
const PROGRESS_EVERY_MS = 1_000;

/**
 * Imports too long for their request: decides which those are, keeps the file in the database for whichever worker
 * runs the job, records progress and outcome, and drops the file once the import has ended.
 */
@Injectable()
export class ImportJobsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
  ) {}

  /**
   * Reads the whole file once, within its limits, so that a file past them is refused at once rather than by a job;
   * returns its data rows if it has more than IMPORT_JOB_THRESHOLD_ROWS (it is then imported by a job), else null.
   */
  async rowsIfJob(file: UploadedFile | undefined, requiredColumns: string[]): Promise<number | null> {
    const rows = await countTabularRows(file, requiredColumns, this.config.tabularLimits);
    return rows > this.config.importJobThresholdRows ? rows : null;
  }

  async enqueue<N extends ImportJobName>(request: {
    kind: string;
    jobName: N;
    file: UploadedFile;
    rows: number;
    requester: { id: string };
    params?: Record<string, unknown>;
  }): Promise<ImportJob> {
    const job = await this.dataSource.getRepository(ImportJob).save({
      kind: request.kind,
      requestedBy: request.requester.id,
      requester: { ...request.requester },
      params: request.params ?? {},
      fileName: request.file.originalname,
      fileType: request.file.mimetype,
      file: request.file.buffer,
      rowsTotal: request.rows,
    });
    // One try: a refused file fails the same way every time, and the import is one transaction either way.
    await this.queue.enqueue(request.jobName, { importId: job.id } as JobPayloads[N], { jobId: `import-${job.id}`, attempts: 1 });
    return (await this.find(job.id))!;
  }

  find(id: string): Promise<ImportJob | null> {
    return this.dataSource.getRepository(ImportJob).findOneBy({ id });
  }

  /**
   * Runs a queued import: `work` reads the file and writes it all or nothing, as the synchronous import does. A
   * refused file ends `failed` with its first problems and their count; either way the file's bytes are dropped.
   */
  async run(importId: string, work: (job: ImportJobWork, progress: ImportProgress) => Promise<ImportCounts>): Promise<{ status: string }> {
    const { rows: claimed } = await execute<ImportJob & { file: Buffer }>(
      this.dataSource.manager,
      // A job the worker lost mid-way (killed, stalled) runs again from the start: its transaction never committed.
      `UPDATE import_job SET status = 'running', started_at = now()
        WHERE id = $1 AND status IN ('queued', 'running') AND file IS NOT NULL
        RETURNING kind, requester, params, file_name AS "fileName", file_type AS "fileType", file`,
      [importId],
    );
    const job = claimed[0];
    if (!job) return { status: 'gone' };
    try {
      const file = { originalname: job.fileName, mimetype: job.fileType, buffer: job.file };
      const result = await work({ kind: job.kind, file, requester: job.requester, params: job.params }, this.progressOf(importId));
      await this.finish(importId, { status: 'completed', progress: 1, result, rowsTotal: result.rows });
      return { status: 'completed' };
    } catch (error) {
      const { problems, count } = problemsOf(error);
      if (!problems) this.logger.error({ importId, err: error }, 'import job failed');
      await this.finish(importId, {
        status: 'failed',
        errors: problems ?? [],
        errorCount: count,
        message: error instanceof DomainError ? error.message : 'The import failed on the server; nothing was written',
      });
      return { status: 'failed' };
    }
  }

  private async finish(importId: string, outcome: Partial<Pick<ImportJob, 'status' | 'progress' | 'result' | 'rowsTotal' | 'errors' | 'errorCount' | 'message'>>): Promise<void> {
    await this.dataSource.getRepository(ImportJob).update({ id: importId }, { ...outcome, file: null, finishedAt: new Date() });
  }

  private progressOf(importId: string): ImportProgress {
    let reportedAt = Date.now();
    return {
      reading: async (rowsRead) => {
        if (Date.now() - reportedAt < PROGRESS_EVERY_MS) return;
        reportedAt = Date.now();
        await this.dataSource.query(
          `UPDATE import_job SET rows_read = $2::int, progress = $3::real * $2::int / greatest(rows_total, 1) WHERE id = $1`,
          [importId, rowsRead, READING_SHARE],
        );
      },
      writing: async (rowsRead) => {
        await this.dataSource.getRepository(ImportJob).update({ id: importId }, { rowsRead, progress: READING_SHARE });
      },
    };
  }
}

/** The row problems of a refused import, or the file-level problem, as the status resource lists them. */
function problemsOf(error: unknown): { problems?: RowProblem[]; count: number } {
  if (error instanceof ImportRefusedError) return { problems: error.problems, count: error.problemCount };
  if (error instanceof InvalidInputError && Array.isArray(error.details)) {
    const problems = (error.details as { field: string; messages?: string[] }[]).flatMap((detail) =>
      (detail.messages ?? []).map((message) => ({ line: 0, field: detail.field, message })),
    );
    return { problems, count: problems.length };
  }
  if (error instanceof DomainError) return { problems: [{ line: 0, field: 'file', message: error.message }], count: 1 };
  return { count: 0 };
}
