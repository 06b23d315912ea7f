import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): Due and overdue /assessments. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('assessments.title')}</Typography.Title>;
}
