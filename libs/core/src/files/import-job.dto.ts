import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_JOB_STATUSES, type ImportCounts, type ImportJob, type ImportJobStatus } from './import-job.entity';

class RowProblemDto {
  @ApiProperty({ description: '文件中的行号（表头为 1；0 指整个文件） · Line in the file (header = 1; 0: the file as a whole)' }) line: number;
  @ApiProperty({ description: '列 · Column' }) field: string;
  @ApiProperty() message: string;
}

/** GET /imports/:id — an import running as a job: where it has got to, and how it ended. */
export class ImportJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '导入的内容 · What the file holds', example: 'regions' }) kind: string;
  @ApiProperty({ enum: IMPORT_JOB_STATUSES, description: 'queued → running → completed | failed (failed: nothing was written)' })
  status: ImportJobStatus;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: '已读数据行 · Data rows read so far' }) rowsRead: number;
  @ApiProperty({ nullable: true, type: Number, description: '数据行总数，读完后可知 · Data rows in the file, once all are read' })
  rowsTotal: number | null;
  @ApiProperty({ description: '0–1：读取占前 80 %，写入占其余 · 0–1: reading is the first 80 %, writing the rest' }) progress: number;
  @ApiProperty({ type: [RowProblemDto], description: '前 1000 个问题，按行 · The first 1,000 problems, by line' }) errors: RowProblemDto[];
  @ApiProperty({ description: '问题总数 · Problems in all' }) errorCount: number;
  @ApiProperty({ nullable: true, type: String, description: '失败原因 · Why it failed' }) message: string | null;
  @ApiProperty({
    nullable: true,
    type: 'object',
    properties: { rows: { type: 'integer' }, inserted: { type: 'integer' }, updated: { type: 'integer' }, unchanged: { type: 'integer' } },
    description: '完成时与同步导入相同的结果 · On completion, the result a synchronous import gives',
  })
  result: ImportCounts | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) finishedAt: string | null;
}

export function mapImportJob(job: ImportJob): ImportJobDto {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    fileName: job.fileName,
    rowsRead: job.rowsRead,
    rowsTotal: job.rowsTotal,
    progress: job.progress,
    errors: job.errors ?? [],
    errorCount: job.errorCount,
    message: job.message,
    result: job.result,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
