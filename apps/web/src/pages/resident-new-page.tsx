import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): Registration /residents/new. */
export function ResidentNewPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('residents.title')}</Typography.Title>;
}
