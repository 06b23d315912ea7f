import { UploadOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Button, Progress, Table, Upload } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { isImportFinished, useImportJobQuery } from '@web/data/imports/import-job-query';
import type { ImportAnswer } from '@web/data/imports/types';
import { ErrorNotice } from '@web/ui/error-notice';
import { progressPercent, rejectedRows, type RejectedRow } from './import-outcome';
import './file-import.css';

interface Props<R> {
  /** The heading's id, for the section's accessible name. */
  id: string;
  title: string;
  hint: ReactNode;
  chooseLabel: string;
  /** The mutation that uploads the file: its answer is the counts or the job of a long file. */
  upload: UseMutationResult<ImportAnswer<R>, Error, File>;
  /** The counts of a file that went in, in words. */
  doneText: (result: R) => string;
  /** The file was refused for this many row problems, in words. */
  refusedText: (count: number) => string;
  /** Called once a long file's job has completed (the short file's mutation has its own onSuccess). */
  onJobCompleted?: () => void;
  /** Options and buttons beside the upload (a template download, the year of a population file). */
  children?: ReactNode;
}

/**
 * 从文件导入: upload a CSV or XLSX, a progress bar while the API reads and checks it (a long file runs as a job,
 * polled), then either the counts or every rejected row — line, column, reason — so the file can be corrected and sent
 * again. The same for every import of the API (all answer 201 counts, 202 a job, or 400 naming the bad rows).
 */
export function FileImport<R>({ id, title, hint, chooseLabel, upload, doneText, refusedText, onJobCompleted, children }: Props<R>) {
  const { t } = useTranslation();
  const [fileName, setFileName] = useState<string | null>(null);
  const jobId = upload.data?.kind === 'job' ? upload.data.job.id : null;
  const job = useImportJobQuery(jobId);
  const finished = job.data ? isImportFinished(job.data) : false;
  const jobStatus = job.data?.status;
  useEffect(() => {
    if (jobStatus === 'completed') onJobCompleted?.();
  }, [jobStatus, onJobCompleted]);

  const refusal = upload.error instanceof ApiError ? rejectedRows(upload.error.body?.details) : [];
  const rejected: RejectedRow[] = job.data?.status === 'failed' ? rejectedRows(job.data.errors) : refusal;
  const problemCount = job.data?.status === 'failed' ? job.data.errorCount : rejected.length;
  const running = upload.isPending || (Boolean(jobId) && !finished);
  const result = upload.data?.kind === 'done' ? upload.data.result : job.data?.status === 'completed' ? (job.data.result as R) : null;

  return (
    <section className="panel file-import" aria-labelledby={id}>
      <h2 id={id} className="panel__title">
        {title}
      </h2>
      <p className="hint">{hint}</p>
      <div className="file-import__actions">
        {children}
        <Upload
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={running}
          beforeUpload={(file) => {
            setFileName(file.name);
            upload.mutate(file);
            return false;
          }}
        >
          <Button type="primary" size="large" icon={<UploadOutlined aria-hidden />} loading={running}>
            {chooseLabel}
          </Button>
        </Upload>
      </div>
      <div aria-live="polite" className="panel__outcome">
        {running && (
          <div className="file-import__progress">
            <span>
              {job.data
                ? job.data.rowsTotal
                  ? t('fileImport.progressOf', { read: job.data.rowsRead, total: job.data.rowsTotal })
                  : t('fileImport.progress', { read: job.data.rowsRead })
                : t('fileImport.uploading', { name: fileName })}
            </span>
            <Progress percent={job.data ? progressPercent(job.data.progress, false) : 5} status="active" aria-label={t('fileImport.uploading', { name: fileName })} />
          </div>
        )}
        {result && <Alert type="success" showIcon role="status" title={doneText(result)} />}
        {rejected.length > 0 && <Alert type="error" showIcon role="alert" title={refusedText(problemCount)} />}
        {job.data?.status === 'failed' && !rejected.length && <Alert type="error" showIcon role="alert" title={t('fileImport.failed', { message: job.data.message ?? '' })} />}
        {upload.error && !rejected.length && <ErrorNotice error={upload.error} />}
        {job.error && <ErrorNotice error={job.error} onRetry={() => void job.refetch()} />}
      </div>
      {rejected.length > 0 && (
        <Table<RejectedRow>
          size="small"
          className="file-import__rejected"
          caption={t('fileImport.rejectedCaption')}
          rowKey={(row) => `${row.line}-${row.field}-${row.message}`}
          dataSource={rejected}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            { title: t('fileImport.line'), dataIndex: 'line', width: 80 },
            { title: t('fileImport.field'), dataIndex: 'field' },
            { title: t('fileImport.reason'), dataIndex: 'message' },
          ]}
        />
      )}
    </section>
  );
}
