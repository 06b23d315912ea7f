import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** The shape of what is coming, while it comes. */
export function PageLoading({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}
