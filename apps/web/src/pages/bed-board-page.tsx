import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): 床位一览 /facilities/:facilityId/beds?date= — summary, floors → rooms → tiles, filters, date, live refresh, bed drawer. */
export function BedBoardPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('beds.title')}</Typography.Title>;
}
