import { FamilyOrders } from '@web/modules/family/components/family-orders';

/** `/family/orders`: 我的订单. */
export function FamilyOrdersPage() {
  return <FamilyOrders />;
}
