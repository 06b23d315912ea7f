import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): List and search /residents. */
export function ResidentsPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('residents.title')}</Typography.Title>;
}
