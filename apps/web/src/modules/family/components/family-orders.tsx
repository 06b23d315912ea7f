import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFamilyOrdersQuery } from '@web/data/family/queries';
import type { FamilyOrder } from '@web/data/family/types';
import { useServiceTypesQuery } from '@web/data/services/service-types-query';
import { useNow } from '@web/modules/services/hooks/use-now';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { splitOrders } from '../utils/order-state';
import { OrderCard } from './order-card';
import '../family.css';

/** 我的订单: what is coming up (soonest first) and what is past (newest first), each with its state in words. */
export function FamilyOrders() {
  const { t } = useTranslation();
  const orders = useFamilyOrdersQuery();
  const types = useServiceTypesQuery();
  const now = useNow();
  if (orders.error) return <ErrorNotice error={orders.error} onRetry={() => void orders.refetch()} page />;
  if (!orders.data || !types.data) return <PageLoading />;
  const cutoff = new Map(types.data.map((type) => [type.code, type.cancelCutoffMinutes]));
  const { upcoming, past } = splitOrders(orders.data.items);
  const list = (items: FamilyOrder[]) => (
    <ul className="orders">
      {items.map((order) => (
        <OrderCard key={order.id} order={order} cancelCutoffMinutes={cutoff.get(order.serviceType) ?? 0} now={now} />
      ))}
    </ul>
  );
  return (
    <div className="stack family">
      <h1 className="family__title">{t('family.orders.title')}</h1>
      <section aria-labelledby="orders-upcoming">
        <h2 id="orders-upcoming" className="family__step">
          {t('family.orders.upcoming')}
        </h2>
        {upcoming.length ? (
          list(upcoming)
        ) : (
          <EmptyState title={t('family.orders.noUpcoming')}>
            <Link to="/family/book" className="family__action family__action--primary">
              {t('family.orders.bookNow')}
            </Link>
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="orders-past">
        <h2 id="orders-past" className="family__step">
          {t('family.orders.past')}
        </h2>
        {past.length ? list(past) : <EmptyState title={t('family.orders.noPast')} />}
      </section>
    </div>
  );
}
