import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): Profile, star rating, inspections, staff, certificates /facilities/:facilityId/profile. */
export function FacilityProfilePage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('nav.facility')}</Typography.Title>;
}
