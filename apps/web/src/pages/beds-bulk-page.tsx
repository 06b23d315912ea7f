import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BedGeneratorPanel } from '@web/modules/bed-import/components/bed-generator-panel';
import { BedImportPanel } from '@web/modules/bed-import/components/bed-import-panel';
import '@web/modules/bed-import/bed-import.css';

/** 批量新增床位 /facilities/:facilityId/beds/bulk: generate beds by floors and rooms, or import them from a file. */
export function BedsBulkPage() {
  const { t } = useTranslation();
  const { facilityId = '' } = useParams();
  return (
    <div className="stack">
      <header className="page-head">
        <div>
          <h1 className="page-head__title">{t('bedImport.title')}</h1>
          <p className="hint">{t('bedImport.intro')}</p>
        </div>
      </header>
      <BedGeneratorPanel facilityId={facilityId} />
      <BedImportPanel facilityId={facilityId} />
    </div>
  );
}
