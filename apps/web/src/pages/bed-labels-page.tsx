import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): A4 sheet of QR labels /facilities/:facilityId/beds/labels?floor=. */
export function BedLabelsPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('beds.title')}</Typography.Title>;
}
