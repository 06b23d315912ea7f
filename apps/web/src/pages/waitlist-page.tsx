import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder (issue 15): The queue /facilities/:facilityId/waitlist. */
export function WaitlistPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1} className="page-head__title">{t('waitlist.title')}</Typography.Title>;
}
