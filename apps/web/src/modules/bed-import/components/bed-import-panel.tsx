import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportBedsMutation } from '@web/data/bed-import/import-beds-mutation';
import { useImportTemplateMutation } from '@web/data/bed-import/import-template-mutation';
import { facilityKeys } from '@web/data/facilities/keys';
import { ErrorNotice } from '@web/ui/error-notice';
import { FileImport } from '@web/ui/file-import/file-import';

/** 从文件导入床位: the shared file import, with the bed file's template beside it. */
export function BedImportPanel({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = useImportBedsMutation(facilityId);
  const template = useImportTemplateMutation(facilityId);
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: facilityKeys.records(facilityId) }), [queryClient, facilityId]);

  return (
    <FileImport
      id="import-title"
      title={t('bedImport.import.title')}
      hint={t('bedImport.import.hint')}
      chooseLabel={t('bedImport.import.choose')}
      upload={upload}
      doneText={(result) => t('bedImport.import.doneCounts', { inserted: result.inserted, rows: result.rows })}
      refusedText={(count) => t('bedImport.import.refused', { count })}
      onJobCompleted={refresh}
    >
      <Button size="large" icon={<DownloadOutlined aria-hidden />} loading={template.isPending} onClick={() => template.mutate()}>
        {t('bedImport.import.template')}
      </Button>
      {template.error && <ErrorNotice error={template.error} />}
    </FileImport>
  );
}
