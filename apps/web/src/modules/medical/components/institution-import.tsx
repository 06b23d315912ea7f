import { useTranslation } from 'react-i18next';
import { useImportMedicalInstitutionsMutation } from '@web/data/medical/mutations';
import { FileImport } from '@web/ui/file-import/file-import';

/** 导入医疗机构名单: the office's spreadsheet, through the shared file import. */
export function InstitutionImport() {
  const { t } = useTranslation();
  const upload = useImportMedicalInstitutionsMutation();
  return (
    <FileImport
      id="medical-import-title"
      title={t('medical.import.title')}
      hint={t('medical.import.hint')}
      chooseLabel={t('medical.import.choose')}
      upload={upload}
      doneText={(result) => t('medical.import.done', result)}
      refusedText={(count) => t('medical.import.refused', { count })}
    />
  );
}
