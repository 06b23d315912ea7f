import { orderChoices, splitOrders } from './order-state';

const start = '2026-05-12T03:30:00.000Z'; // 11:30 China time

describe('what the family may do with an order', () => {
  it('cancels a booking until the cut-off before the start, and not after', () => {
    const cutoff = Date.parse(start) - 120 * 60_000;
    expect(orderChoices({ status: 'booked', startsAt: start, rating: null }, 120, cutoff - 1)).toEqual({ cancelUntil: new Date(cutoff), canCancel: true, canRate: false });
    expect(orderChoices({ status: 'booked', startsAt: start, rating: null }, 120, cutoff + 1).canCancel).toBe(false);
  });

  it('rates a completed service once, and cancels nothing but a booking', () => {
    expect(orderChoices({ status: 'completed', startsAt: start, rating: null }, 120, 0)).toEqual({ cancelUntil: null, canCancel: false, canRate: true });
    expect(orderChoices({ status: 'completed', startsAt: start, rating: 4 }, 120, 0).canRate).toBe(false);
    expect(orderChoices({ status: 'checked_in', startsAt: start, rating: null }, 120, 0).canCancel).toBe(false);
  });

  it('lists upcoming orders soonest first and keeps the past newest first', () => {
    const orders = [
      { id: 'late', status: 'booked', startsAt: '2026-05-14T03:30:00Z' },
      { id: 'done', status: 'completed', startsAt: '2026-05-10T03:30:00Z' },
      { id: 'soon', status: 'checked_in', startsAt: '2026-05-12T03:30:00Z' },
      { id: 'missed', status: 'no_show', startsAt: '2026-05-09T03:30:00Z' },
    ] as const;
    const { upcoming, past } = splitOrders(orders);
    expect(upcoming.map((order) => order.id)).toEqual(['soon', 'late']);
    expect(past.map((order) => order.id)).toEqual(['done', 'missed']);
  });
});
