import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): Bulk create beds and import from CSV/XLSX /facilities/:facilityId/beds/bulk. */
export function BedsBulkPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('bedImport.title')}</Typography.Title>;
}
