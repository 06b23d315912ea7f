import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResidentsTable } from '@web/modules/residents/components/residents-table';

/** `/residents`: the people in the person's scope, searched and filtered in the address. */
export function ResidentsPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Typography.Title level={1} className="page-head__title">
        {t('residents.title')}
      </Typography.Title>
      <ResidentsTable />
    </div>
  );
}
