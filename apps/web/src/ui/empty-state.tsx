import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Nothing to show, said as what it means here and what to do about it. */
export function EmptyState({ title, children }: { title?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Empty description={title ?? t('common.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE}>
      {children}
    </Empty>
  );
}
