import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFamilyOrdersQuery, useRelativesQuery } from '@web/data/family/queries';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { RelativeCard } from './relative-card';
import '../family.css';

/** 我的家人: the relatives the account is linked to, what is new with each, and the two things families come to do. */
export function FamilyHome() {
  const { t } = useTranslation();
  const relatives = useRelativesQuery();
  const orders = useFamilyOrdersQuery();
  return (
    <div className="stack family">
      <h1 className="family__title">{t('family.title')}</h1>
      <nav className="family__actions" aria-label={t('family.title')}>
        <Link to="/family/book" className="family__action family__action--primary">
          {t('family.home.book')}
        </Link>
        <Link to="/family/orders" className="family__action">
          {t('family.home.orders')}
        </Link>
      </nav>
      {relatives.error ? (
        <ErrorNotice error={relatives.error} onRetry={() => void relatives.refetch()} page />
      ) : !relatives.data ? (
        <PageLoading />
      ) : relatives.data.items.length === 0 ? (
        <EmptyState title={t('family.home.noRelatives')} />
      ) : (
        relatives.data.items.map((relative) => <RelativeCard key={relative.id} relative={relative} orders={orders.data?.items ?? []} />)
      )}
      {orders.error && <ErrorNotice error={orders.error} onRetry={() => void orders.refetch()} />}
    </div>
  );
}
