import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useImportTrainingsMutation, useTrainingTemplateMutation } from '@web/data/workforce/training-mutations';
import { ErrorNotice } from '@web/ui/error-notice';
import { FileImport } from '@web/ui/file-import/file-import';

/** 导入培训签到表: the shared file import, with the attendance list's template beside it. */
export function TrainingImportPanel() {
  const { t } = useTranslation();
  const upload = useImportTrainingsMutation();
  const template = useTrainingTemplateMutation();
  return (
    <FileImport
      id="training-import-title"
      title={t('workforce.import.title')}
      hint={t('workforce.import.hint')}
      chooseLabel={t('workforce.import.choose')}
      upload={upload}
      doneText={(result) => t('workforce.import.doneCounts', { inserted: result.inserted, rows: result.rows })}
      refusedText={(count) => t('workforce.import.refused', { count })}
    >
      <Button size="large" icon={<DownloadOutlined aria-hidden />} loading={template.isPending} onClick={() => template.mutate()}>
        {t('workforce.import.template')}
      </Button>
      {template.error && <ErrorNotice error={template.error} />}
    </FileImport>
  );
}
