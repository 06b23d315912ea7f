import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportDownloadMutation } from '@web/data/kpi/report-download-mutation';
import { ErrorNotice } from '@web/ui/error-notice';

/** 月度报表: the XLSX of the region and month, fetched with the person's token and saved under the API's file name. */
export function ReportDownload({ region, month }: { region: string; month: string }) {
  const { t } = useTranslation();
  const download = useReportDownloadMutation();
  return (
    <section className="panel" aria-labelledby="report-title">
      <h2 id="report-title" className="panel__title">
        {t('rollups.reportTitle')}
      </h2>
      <p className="hint">{t('rollups.reportHint')}</p>
      <Button type="primary" icon={<DownloadOutlined aria-hidden />} loading={download.isPending} onClick={() => download.mutate({ regionCode: region, month })}>
        {t('rollups.download')}
      </Button>
      <div aria-live="polite" className="panel__outcome">
        {download.isSuccess && <span>{t('rollups.downloaded', { name: download.data })}</span>}
        {download.error && <ErrorNotice error={download.error} />}
      </div>
    </section>
  );
}
