import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Progress, Table, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { isImportFinished, useImportJobQuery } from '@web/data/bed-import/import-job-query';
import { useImportBedsMutation } from '@web/data/bed-import/import-beds-mutation';
import { useImportTemplateMutation } from '@web/data/bed-import/import-template-mutation';
import { facilityKeys } from '@web/data/facilities/keys';
import { ErrorNotice } from '@web/ui/error-notice';
import { progressPercent, rejectedRows, type RejectedRow } from '../utils/import-outcome';

/**
 * 从文件导入床位: upload, a progress bar while the API reads and checks the file (a long file runs as a job, polled),
 * then either the counts or every rejected row — line, column, reason — so the file can be corrected and sent again.
 */
export function BedImportPanel({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = useImportBedsMutation(facilityId);
  const [fileName, setFileName] = useState<string | null>(null);
  const jobId = upload.data?.kind === 'job' ? upload.data.job.id : null;
  const job = useImportJobQuery(jobId);
  const finished = job.data ? isImportFinished(job.data) : false;
  useEffect(() => {
    if (job.data?.status === 'completed') void queryClient.invalidateQueries({ queryKey: facilityKeys.records(facilityId) });
  }, [job.data?.status, facilityId, queryClient]);

  const refusal = upload.error instanceof ApiError ? rejectedRows(upload.error.body?.details) : [];
  const rejected: RejectedRow[] = job.data?.status === 'failed' ? rejectedRows(job.data.errors) : refusal;
  const problemCount = job.data?.status === 'failed' ? job.data.errorCount : rejected.length;
  const running = upload.isPending || (Boolean(jobId) && !finished);
  const result = upload.data?.kind === 'done' ? upload.data.result : job.data?.status === 'completed' ? job.data.result : null;
  const template = useImportTemplateMutation(facilityId);

  return (
    <section className="panel bulk-panel" aria-labelledby="import-title">
      <h2 id="import-title" className="panel__title">
        {t('bedImport.import.title')}
      </h2>
      <p className="hint">{t('bedImport.import.hint')}</p>
      <div className="bulk-import__actions">
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
            {t('bedImport.import.choose')}
          </Button>
        </Upload>
        <Button size="large" className="bulk-import__template" icon={<DownloadOutlined aria-hidden />} loading={template.isPending} onClick={() => template.mutate()}>
          {t('bedImport.import.template')}
        </Button>
      </div>
      {template.error && <ErrorNotice error={template.error} />}
      <div aria-live="polite" className="panel__outcome">
        {running && (
          <div className="bulk-import__progress">
            <span>{job.data ? (job.data.rowsTotal ? t('bedImport.import.progressOf', { read: job.data.rowsRead, total: job.data.rowsTotal }) : t('bedImport.import.progress', { read: job.data.rowsRead })) : t('bedImport.import.uploading', { name: fileName })}</span>
            <Progress percent={job.data ? progressPercent(job.data.progress, false) : 5} status="active" aria-label={t('bedImport.import.uploading', { name: fileName })} />
          </div>
        )}
        {result && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('bedImport.import.doneCounts', { inserted: result.inserted, rows: result.rows })}
          />
        )}
        {rejected.length > 0 && <Alert type="error" showIcon role="alert" title={t('bedImport.import.refused', { count: problemCount })} />}
        {job.data?.status === 'failed' && !rejected.length && <Alert type="error" showIcon role="alert" title={t('bedImport.import.failed', { message: job.data.message ?? '' })} />}
        {upload.error && !rejected.length && <ErrorNotice error={upload.error} />}
        {job.error && <ErrorNotice error={job.error} onRetry={() => void job.refetch()} />}
      </div>
      {rejected.length > 0 && (
        <Table<RejectedRow>
          size="small"
          className="bulk-refused"
          caption={t('bedImport.import.rejectedCaption')}
          rowKey={(row) => `${row.line}-${row.field}-${row.message}`}
          dataSource={rejected}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            { title: t('bedImport.import.line'), dataIndex: 'line', width: 80 },
            { title: t('bedImport.import.field'), dataIndex: 'field' },
            { title: t('bedImport.import.reason'), dataIndex: 'message' },
          ]}
        />
      )}
    </section>
  );
}
