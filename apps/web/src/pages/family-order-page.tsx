import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFamilyOrderQuery } from '@web/data/family/queries';
import { useServiceTypesQuery } from '@web/data/services/service-types-query';
import { OrderCard } from '@web/modules/family/components/order-card';
import { useNow } from '@web/modules/services/hooks/use-now';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import '@web/modules/family/family.css';

/** `/family/orders/:orderId`: one order, as a reminder's link opens it; someone else's is not found. */
export function FamilyOrderPage() {
  const { t } = useTranslation();
  const { orderId = '' } = useParams();
  const order = useFamilyOrderQuery(orderId);
  const types = useServiceTypesQuery();
  const now = useNow();
  const cutoff = types.data?.find((type) => type.code === order.data?.serviceType)?.cancelCutoffMinutes ?? 0;
  return (
    <div className="stack family">
      <h1 className="family__title">{t('family.orders.title')}</h1>
      {order.error ? (
        <ErrorNotice page error={order.error} onRetry={() => void order.refetch()} />
      ) : !order.data || !types.data ? (
        <PageLoading />
      ) : (
        <ul className="orders">
          <OrderCard order={order.data} cancelCutoffMinutes={cutoff} now={now} />
        </ul>
      )}
      <Link to="/family/orders" className="family__action">
        {t('family.orders.all')}
      </Link>
    </div>
  );
}
