import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): Today and the week /facilities/:facilityId/services. */
export function ServicesPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('services.title')}</Typography.Title>;
}
