import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): Admission from a person /facilities/:facilityId/admit?residentId=. */
export function AdmissionPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('admissions.title')}</Typography.Title>;
}
