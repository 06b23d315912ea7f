import { bookingActions, bookingTone, servingOrder } from './booking-actions';

const START = Date.parse('2026-05-11T11:30:00+08:00');
const MINUTE = 60_000;
const slot = { startsAt: '2026-05-11T11:30:00+08:00', status: 'open' };

describe('bookingActions', () => {
  it('opens check-in two hours before the start, and no-shows at the start', () => {
    expect(bookingActions('booked', slot, START - 121 * MINUTE)).toEqual({ checkIn: false, complete: false, noShow: false });
    expect(bookingActions('booked', slot, START - 120 * MINUTE)).toEqual({ checkIn: true, complete: false, noShow: false });
    expect(bookingActions('booked', slot, START)).toEqual({ checkIn: true, complete: false, noShow: true });
  });

  it('completes only what was checked in, and offers nothing for finished bookings or cancelled slots', () => {
    expect(bookingActions('checked_in', slot, START + MINUTE)).toEqual({ checkIn: false, complete: true, noShow: false });
    for (const status of ['completed', 'no_show', 'cancelled'] as const) {
      expect(bookingActions(status, slot, START + MINUTE)).toEqual({ checkIn: false, complete: false, noShow: false });
    }
    expect(bookingActions('booked', { ...slot, status: 'cancelled' }, START)).toEqual({ checkIn: false, complete: false, noShow: false });
  });
});

describe('bookingTone and servingOrder', () => {
  it('gives each state its colour family', () => {
    expect(['booked', 'checked_in', 'completed', 'no_show', 'cancelled'].map((status) => bookingTone(status as never))).toEqual(['waiting', 'active', 'done', 'missed', 'off']);
  });

  it('lists who is being served, then who is expected, then the rest, keeping the order within each', () => {
    const bookings = [
      { id: 'a', status: 'completed' as const },
      { id: 'b', status: 'booked' as const },
      { id: 'c', status: 'cancelled' as const },
      { id: 'd', status: 'checked_in' as const },
      { id: 'e', status: 'booked' as const },
    ];
    expect(servingOrder(bookings).map((booking) => booking.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
  });
});
