import type { OrderStatus } from '@web/data/services/types';

/** Check-in opens this long before the start (the API's rule). */
export const CHECK_IN_EARLY_MS = 2 * 60 * 60 * 1_000;

export interface BookingActions {
  checkIn: boolean;
  complete: boolean;
  noShow: boolean;
}

/**
 * What the nurse can do with a booking now, by the API's rules: check in from two hours before the start, complete
 * once checked in, mark a no-show once the slot has begun and nobody checked in. The API checks again; the page only
 * keeps buttons that would be refused off the screen.
 */
export function bookingActions(status: OrderStatus, slot: { startsAt: string; status: string }, now: number): BookingActions {
  const start = Date.parse(slot.startsAt);
  const open = slot.status === 'open';
  return {
    checkIn: open && status === 'booked' && now >= start - CHECK_IN_EARLY_MS,
    complete: status === 'checked_in',
    noShow: open && status === 'booked' && now >= start,
  };
}

/** The colour family of a booking's state tag (the label itself comes from the API in both languages). */
export function bookingTone(status: OrderStatus): 'waiting' | 'active' | 'done' | 'missed' | 'off' {
  switch (status) {
    case 'booked':
      return 'waiting';
    case 'checked_in':
      return 'active';
    case 'completed':
      return 'done';
    case 'no_show':
      return 'missed';
    default:
      return 'off';
  }
}

/** Bookings still to be served first, then the rest; within each, the API's order (by name). */
export function servingOrder<T extends { status: OrderStatus }>(bookings: readonly T[]): T[] {
  const rank: Record<OrderStatus, number> = { checked_in: 0, booked: 1, completed: 2, no_show: 3, cancelled: 4 };
  return bookings.map((booking, index) => ({ booking, index })).sort((a, b) => rank[a.booking.status] - rank[b.booking.status] || a.index - b.index).map(({ booking }) => booking);
}
