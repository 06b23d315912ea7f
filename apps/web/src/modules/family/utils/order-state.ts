import type { OrderStatus } from '@web/data/services/types';
import { shanghaiDateTime } from '@web/modules/services/utils/service-dates';

/** What the family may still do with an order now, by the API's rules (the API checks again). */
export interface OrderChoices {
  /** Until when a booking may be cancelled (the type's cut-off before the start); null when it no longer is booked. */
  cancelUntil: Date | null;
  /** Cancelling is still open now. */
  canCancel: boolean;
  /** A completed service not yet rated. */
  canRate: boolean;
}

export function orderChoices(order: { status: OrderStatus; startsAt: string; rating: number | null }, cancelCutoffMinutes: number, now: number): OrderChoices {
  const cancelUntil = order.status === 'booked' ? new Date(Date.parse(order.startsAt) - cancelCutoffMinutes * 60_000) : null;
  return { cancelUntil, canCancel: cancelUntil !== null && now <= cancelUntil.getTime(), canRate: order.status === 'completed' && order.rating === null };
}

/** Upcoming: still to be served (booked, or someone is there now); the rest is past. */
export function isUpcoming(order: { status: OrderStatus }): boolean {
  return order.status === 'booked' || order.status === 'checked_in';
}

/** Upcoming soonest first, past newest first (the API gives newest first). */
export function splitOrders<T extends { status: OrderStatus; startsAt: string }>(orders: readonly T[]): { upcoming: T[]; past: T[] } {
  const upcoming = orders.filter(isUpcoming).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return { upcoming, past: orders.filter((order) => !isUpcoming(order)) };
}

/** "5月12日 周二 11:30" style parts, China time: a date people read, not an ISO string. */
export function slotWhen(startsAt: string, endsAt?: string): { date: string; time: string; end: string | null } {
  const start = shanghaiDateTime(startsAt);
  return { date: start.date, time: start.time, end: endsAt ? shanghaiDateTime(endsAt).time : null };
}
