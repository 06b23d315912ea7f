import { Rng, unit } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import { DIED, OPEN_STAY, type People, type Person } from '../people';
import { HISTORY_END, SCALE_BOOKER, type Facility, type Plan } from '../plan';
import { N, TAG, uuid } from '../row-text';

// Service slots and orders of the month

const OTHER_SERVICES = ['cleaning', 'bathing', 'walking', 'medical', 'recreation', 'emergency'];
export interface Slot {
  index: number;
  facility: Facility;
  type: string;
  day: number;
  /** A canteen's second meal of the day: dinner instead of lunch. */
  dinner: boolean;
  area: string;
  /** People who can book it: [from, to) of the person index space. */
  from: number;
  to: number;
  weight: number;
}

export function slotsOf(plan: Plan): Slot[] {
  const slots: Slot[] = [];
  const seed = plan.options.seed;
  for (const f of plan.facilities) {
    if (f.opened > plan.monthStart || (f.closed !== null && f.closed <= plan.monthEnd)) continue;
    const township = plan.townships[f.township];
    if (township.personTo <= township.personFrom) continue;
    const meals = f.kind === 'canteen' || f.kind === 'township_centre' || f.kind === 'community_station' || f.kind === 'mutual_aid';
    // A mutual-aid point cooks for its own village; canteens, centres and stations serve the whole township.
    let area = township.code;
    let from = township.personFrom;
    let to = township.personTo;
    if (f.kind === 'mutual_aid') {
      const v = township.villages.findIndex((x) => x.code === f.regionCode);
      if (v >= 0) {
        const span = township.personTo - township.personFrom;
        from = township.personFrom + Math.ceil((v * span) / township.villages.length);
        to = township.personFrom + Math.ceil(((v + 1) * span) / township.villages.length);
        area = f.regionCode;
      }
    }
    if (to <= from) continue;
    for (let day = plan.monthStart; day <= plan.monthEnd; day += 1) {
      const w = unit(seed, 90, slots.length);
      if (meals) {
        slots.push({ index: slots.length, facility: f, type: 'meal', day, dinner: false, area, from, to, weight: (f.kind === 'mutual_aid' ? 0.3 : 1) * (0.5 + w) });
        if (f.kind === 'canteen') slots.push({ index: slots.length, facility: f, type: 'meal', day, dinner: true, area, from, to, weight: 0.5 * (0.5 + w) });
      }
      if (f.kind === 'township_centre' || f.kind === 'community_station') {
        slots.push({ index: slots.length, facility: f, type: OTHER_SERVICES[(day + f.index) % OTHER_SERVICES.length], day, dinner: false, area, from, to, weight: 0.5 + w });
      }
    }
  }
  return slots;
}

interface PlannedOrder {
  person: number;
  status: 'booked' | 'checked_in' | 'completed' | 'cancelled' | 'no_show';
}

/** How many orders each slot gets: exactly `total` in all, the meal share going to meal slots. */
export function orderTargets(slots: Slot[], total: number): Int32Array {
  const targets = new Int32Array(slots.length);
  const mealShare = 0.88;
  for (const [type, amount] of [
    ['meal', Math.round(total * mealShare)],
    ['other', total - Math.round(total * mealShare)],
  ] as const) {
    const chosen = slots.filter((s) => (type === 'meal') === (s.type === 'meal'));
    const sum = chosen.reduce((a, s) => a + s.weight, 0);
    let acc = 0;
    let given = 0;
    for (const s of chosen) {
      acc += s.weight;
      const upTo = Math.round((acc / sum) * amount);
      targets[s.index] = upTo - given;
      given = upTo;
    }
  }
  return targets;
}

/**
 * The orders of one slot, replayed from its own PRNG (once for the slot's booked counter, once for the rows): distinct
 * people of its area, walked with a stride coprime to the area's size; people in a home now mostly do not order, the dead never.
 */
function ordersOf(plan: Plan, slot: Slot, wanted: number, status: Uint8Array): PlannedOrder[] {
  const rng = Rng.of(plan.options.seed, 91, slot.index);
  const n = slot.to - slot.from;
  const offset = rng.below(n);
  let stride = 1 + rng.below(Math.max(1, n - 1));
  const gcd = (x: number, y: number): number => (y ? gcd(y, x % y) : x);
  while (gcd(stride, n) !== 1) stride += 1;
  const orders: PlannedOrder[] = [];
  // A booking nobody checked in stays 'booked' only until its slot is over: in a database in use the services sweep
  // (every 10 minutes) has marked it a no-show since. Left 'booked', the API's first sweeps would do it during the
  // benchmark: a scan of the month's orders, then an UPDATE job per slot, competing with the rollup being timed.
  const over = slot.day <= dayOf(HISTORY_END);
  for (let j = 0; j < n && orders.length < wanted; j += 1) {
    const person = slot.from + ((offset + j * stride) % n);
    const s = status[person];
    if (s === DIED || (s === OPEN_STAY && rng.chance(0.9))) continue;
    const draw = rng.next();
    orders.push({ person, status: draw < 0.86 ? 'completed' : draw < 0.9 ? 'cancelled' : draw < 0.93 ? 'no_show' : draw < 0.97 ? (over ? 'no_show' : 'booked') : 'checked_in' });
  }
  return orders;
}

/** Slot times in China time (UTC+8): lunch 11:00–13:00 (dinner 17:00–19:00 for a canteen's second slot), services 09:00–11:00. */
function slotTimes(slot: Slot): { starts: string; ends: string; booked: string; cancelled: string } {
  const date = iso(slot.day);
  const [start, end] = slot.type === 'meal' ? (slot.dinner ? ['17', '19'] : ['11', '13']) : ['09', '11'];
  return { starts: `${date} ${start}:00:00+08`, ends: `${date} ${end}:00:00+08`, booked: `${iso(slot.day - 1)} 18:00:00+08`, cancelled: `${iso(slot.day - 1)} 20:00:00+08` };
}

function priceOf(slot: Slot): number {
  return slot.type === 'meal' ? 1500 : 3000 + (slot.facility.index % 4) * 1000;
}

function subsidyOf(plan: Plan, p: Person, price: number): number {
  if (p.categories.includes('tekun')) return price;
  if (p.categories.includes('dibao')) return Math.round(price / 2);
  if (p.birth <= plan.d - Math.round(80 * 365.25)) return Math.round(price / 5);
  return 0;
}

export const slotTable: CopyTable = {
  name: 'service_slot',
  columns: ['id', 'facility_id', 'service_type', 'starts_at', 'ends_at', 'capacity', 'booked', 'price_cents', 'area', 'area_prefixes', 'status'],
};

/** The slots, their booked counter replayed from the orders they will get (written after them, by orderRows). */
export function* slotRows(plan: Plan, slots: Slot[], targets: Int32Array, status: Uint8Array): Generator<string> {
  for (const slot of slots) {
    const orders = ordersOf(plan, slot, targets[slot.index], status);
    const booked = orders.filter((o) => o.status !== 'cancelled').length;
    const capacity = Math.max(1, booked + (slot.index % 7));
    const prefix = slot.area.length === 12 && slot.area.endsWith('000') ? slot.area.slice(0, 9) : slot.area;
    const t = slotTimes(slot);
    yield `${uuid(TAG.slot, slot.index)}\t${slot.facility.id}\t${slot.type}\t${t.starts}\t${t.ends}\t${capacity}\t${booked}\t${priceOf(slot)}\t{${slot.area}}\t{${prefix}}\topen\n`;
  }
}

export const orderTable: CopyTable = {
  name: 'service_order',
  columns: [
    'id', 'slot_id', 'resident_id', 'facility_id', 'service_type', 'month', 'status', 'price_cents', 'subsidy_cents', 'self_pay_cents', 'booked_by', 'booked_at', 'idempotency_key',
    'request_hash', 'cancelled_at', 'checked_in_at', 'completed_at', 'no_show_at', 'region_code', 'service_on',
  ],
};

export function* orderRows(plan: Plan, slots: Slot[], targets: Int32Array, status: Uint8Array, people: People): Generator<string> {
  let n = 0;
  const month = iso(plan.monthStart);
  for (const slot of slots) {
    const t = slotTimes(slot);
    const price = priceOf(slot);
    const slotId = uuid(TAG.slot, slot.index);
    const serviceOn = iso(slot.day);
    for (const order of ordersOf(plan, slot, targets[slot.index], status)) {
      const p = people.get(order.person);
      const subsidy = subsidyOf(plan, p, price);
      const checkedIn = order.status === 'checked_in' || order.status === 'completed' ? t.starts : N;
      const completed = order.status === 'completed' ? t.ends : N;
      const cancelled = order.status === 'cancelled' ? t.cancelled : N;
      const noShow = order.status === 'no_show' ? t.ends : N;
      yield `${uuid(TAG.order, n)}\t${slotId}\t${uuid(TAG.resident, order.person)}\t${slot.facility.id}\t${slot.type}\t${month}\t${order.status}\t${price}\t${subsidy}\t${price - subsidy}\t${SCALE_BOOKER}\t${
        t.booked
      }\tscale-${n}\tscale\t${cancelled}\t${checkedIn}\t${completed}\t${noShow}\t${p.residence}\t${serviceOn}\n`;
      n += 1;
    }
  }
}
