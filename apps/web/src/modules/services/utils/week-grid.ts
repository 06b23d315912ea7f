import { addDays, shanghaiDateTime } from './service-dates';

/** What the week grid needs of a slot. */
export interface GridSlot {
  id: string;
  serviceType: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  booked: number;
  remaining: number;
  status: string;
}

export interface WeekGridRow<T extends GridSlot> {
  /** Service type and times: the slots that recur across the week share a row. */
  key: string;
  serviceType: string;
  start: string;
  end: string;
  /** One cell per day, Monday first: that day's slots of this row (usually one). */
  cells: T[][];
}

export interface WeekGrid<T extends GridSlot> {
  days: string[];
  rows: WeekGridRow<T>[];
  /** Per day: places booked and places left in open slots. */
  totals: { booked: number; left: number }[];
}

/**
 * The week as a table: days across, and down one row per service type and time of day (every weekday's 11:30 lunch
 * on one line), rows in order of the time they start. Cancelled slots keep their place but hold no places.
 */
export function buildWeekGrid<T extends GridSlot>(slots: readonly T[], monday: string): WeekGrid<T> {
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  const rows = new Map<string, WeekGridRow<T>>();
  const totals = days.map(() => ({ booked: 0, left: 0 }));
  for (const slot of slots) {
    const start = shanghaiDateTime(slot.startsAt);
    const end = shanghaiDateTime(slot.endsAt).time;
    const day = days.indexOf(start.date);
    if (day === -1) continue;
    const key = `${start.time}-${end}-${slot.serviceType}`;
    const row = rows.get(key) ?? { key, serviceType: slot.serviceType, start: start.time, end, cells: days.map(() => []) };
    row.cells[day].push(slot);
    rows.set(key, row);
    if (slot.status === 'open') {
      totals[day].booked += slot.booked;
      totals[day].left += slot.remaining;
    }
  }
  const ordered = [...rows.values()].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.serviceType.localeCompare(b.serviceType));
  return { days, rows: ordered, totals };
}
