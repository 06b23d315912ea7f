import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ResidentForm } from '@web/modules/residents/components/resident-form';

/** `/residents/new`: register a person, then open their page, which says they were registered. */
export function ResidentNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="stack">
      <p className="kpi-detail__back">
        <Link to="/residents">{t('residents.page.back')}</Link>
      </p>
      <Typography.Title level={1} className="page-head__title">
        {t('residents.registerTitle')}
      </Typography.Title>
      <ResidentForm onRegistered={(resident) => navigate(`/residents/${resident.id}`, { state: { notice: t('residents.form.registered', { name: resident.name }) } })} />
    </div>
  );
}
