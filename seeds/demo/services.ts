import { createHash, randomUUID } from 'node:crypto';
import { addDays, firstDayOf, lastDayOf, monthOf } from '@yiyang/core';
import type { FacilityPlan, PersonPlan, StayPlan } from './model';
import { PEOPLE, type PlanArea } from './people';
import type { Rng } from './random';

export interface SlotRow {
  id: string;
  facilityId: string;
  serviceType: 'meal' | 'cleaning' | 'bathing' | 'medical';
  startsAt: string;
  endsAt: string;
  capacity: number;
  booked: number;
  priceCents: number;
  area: string[];
  areaPrefixes: string[];
  /** The recurring series the slot belongs to: its provider, type and time of day. */
  seriesKey: string;
}

export interface OrderRow {
  id: string;
  slot: SlotRow;
  person: PersonPlan;
  status: 'completed' | 'cancelled' | 'no_show';
  subsidyCents: number;
  month: string;
  serviceOn: string;
  key: string;
  requestHash: string;
}

export interface VisitRow {
  residentId: string;
  visitedAt: string;
  mode: 'in_person' | 'phone' | 'video' | 'monitoring';
  outcome: 'well' | 'needs_help' | 'referred' | 'not_home' | 'hospitalized';
  facilityId: string | null;
}

const PRICES = { meal: 1_000, cleaning: 6_000, bathing: 5_000, medical: 3_000 } as const;
const HOURS = { meal: ['11:00', '12:30'], cleaning: ['09:00', '11:00'], bathing: ['14:00', '16:00'], medical: ['09:30', '11:00'] } as const;

const prefixOf = (code: string) => (code.endsWith('000') ? code.slice(0, 9) : code);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

function days(month: string): string[] {
  const last = lastDayOf(month);
  const out: string[] = [];
  for (let d = firstDayOf(month); d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** A stay covering the date (admitted on or before it, not yet discharged). */
export function stayingOn(stays: Map<string, StayPlan[]>, person: PersonPlan, date: string): boolean {
  return (stays.get(person.id) ?? []).some((s) => s.admittedOn <= date && (s.dischargedOn === null || s.dischargedOn > date));
}

/**
 * Meal and home-service slots with their orders, and 探访 visits, for 2020-12 and the last twelve months: small
 * volumes, enough for every flow indicator. Haicheng's 特困/低保 group gets ten fully subsidised 助洁 visits a
 * month (600 元 per person, the plan's 政府购买居家养老上门服务标准); elsewhere 特困 and 低保 people pay part.
 */
export function buildServices(
  rng: Rng,
  area: PlanArea,
  months: string[],
  serviceTownships: string[],
  facilities: FacilityPlan[],
  people: PersonPlan[],
  stays: Map<string, StayPlan[]>,
  villages: { code: string; parentCode: string | null }[],
): { slots: SlotRow[]; orders: OrderRow[]; visits: VisitRow[]; plans: { residentId: string; frequency: 'weekly' | 'monthly'; facilityId: string | null }[] } {
  const slots: SlotRow[] = [];
  const orders: OrderRow[] = [];
  const visits: VisitRow[] = [];
  const providers = new Map<string, FacilityPlan>();
  for (const code of serviceTownships) {
    const here = facilities.filter((f) => f.township === code && f.openedOn <= '2020-11-01');
    const provider = ['canteen', 'township_centre', 'community_station', 'mutual_aid'].map((kind) => here.find((f) => f.base.kind === kind)).find(Boolean);
    if (provider) providers.set(code, provider);
  }
  const local = people.filter((p) => p.role !== 'stay');
  const slot = (provider: FacilityPlan, serviceType: SlotRow['serviceType'], date: string, capacity: number, area: string[], hours?: readonly [string, string]): SlotRow => {
    const [from, to] = hours ?? HOURS[serviceType];
    const row: SlotRow = {
      id: randomUUID(), facilityId: provider.id, serviceType, startsAt: `${date}T${from}:00+08:00`, endsAt: `${date}T${to}:00+08:00`,
      capacity, booked: 0, priceCents: PRICES[serviceType], area, areaPrefixes: area.map(prefixOf), seriesKey: `${provider.id} ${serviceType} ${from}`,
    };
    slots.push(row);
    return row;
  };
  const order = (s: SlotRow, p: PersonPlan, forceCompleted = false) => {
    if (!s.areaPrefixes.some((prefix) => p.residenceRegionCode.startsWith(prefix)) || s.booked >= s.capacity) return;
    const u = rng.next();
    const status = forceCompleted || u > 0.07 ? 'completed' : u < 0.04 ? 'cancelled' : 'no_show';
    const share = area === 'haicheng' ? (p.purchasedService ? 1 : 0) : p.categories.some((c) => c === 'tekun' || c === 'dibao') ? (s.serviceType === 'meal' ? 0.5 : 0.8) : 0;
    if (status !== 'cancelled') s.booked++;
    const serviceOn = s.startsAt.slice(0, 10);
    orders.push({
      id: randomUUID(), slot: s, person: p, status, subsidyCents: Math.round(s.priceCents * share), month: firstDayOf(monthOf(serviceOn)), serviceOn,
      key: `demo-${randomUUID()}`, requestHash: createHash('sha256').update(JSON.stringify([p.id, s.id])).digest('hex'),
    });
  };

  const monthDays = new Map(months.map((month) => [month, days(month)]));
  for (const month of months) {
    const early = month === '2020-12';
    const dates = monthDays.get(month)!;
    // Each person of Haicheng's purchased group gets the first ten of every third day, shifted by their place in line.
    const purchasedDays = Array.from({ length: 3 }, (_, k) => new Set(dates.filter((d) => (Number(d.slice(8)) + k) % 3 === 0).slice(0, 10)));
    serviceTownships.forEach((code, ti) => {
      const provider = providers.get(code);
      if (!provider) return;
      const users = local.filter((p) => p.residenceRegionCode.startsWith(code.slice(0, 9)) && !stayingOn(stays, p, lastDayOf(month)));
      // Zhoushan's canteens reached 29 of its 40 villages in 2020 (the plan: 有效覆盖率超过70%), all of them later.
      let mealArea: string[] | null = [code];
      if (area === 'zhoushan' && early) mealArea = ti < 7 ? [code] : ti === 7 ? [villages.find((v) => v.parentCode === code)!.code] : null;
      for (const date of dates) {
        const wd = weekday(date);
        if (mealArea) {
          const s = slot(provider, 'meal', date, 60, mealArea);
          for (const p of users) if (p.mealUser && rng.chance(early ? 0.06 : 0.08)) order(s, p);
        }
        if (area === 'haicheng') {
          const morning = slot(provider, 'cleaning', date, 20, [code]);
          users.filter((p) => p.purchasedService).forEach((p, k) => {
            if (purchasedDays[k % 3].has(date)) order(morning, p, true);
          });
        }
        if (wd === 1 || wd === 4) {
          const s = slot(provider, 'cleaning', date, 15, [code], area === 'haicheng' ? ['14:00', '16:00'] : undefined);
          for (const p of users) if (p.homeServiceUser && rng.chance(0.4)) order(s, p);
        }
        if (wd === 3) {
          const s = slot(provider, 'bathing', date, 6, [code]);
          for (const p of users) if (p.homeServiceUser && (p.level ?? 0) >= 1 && rng.chance(0.5)) order(s, p);
        }
        if (wd === 5) {
          const s = slot(provider, 'medical', date, 8, [code]);
          for (const p of users) if (p.homeServiceUser && rng.chance(0.3)) order(s, p);
        }
      }
    });
  }

  // 探访关爱: the roster is everyone 60+ at home living alone, empty-nest or left behind.
  const cfg = PEOPLE[area].visits;
  const atRisk = people.filter((p) => p.livingArrangement !== 'with_family');
  const facilityFor = (p: PersonPlan) => providers.get(`${p.residenceRegionCode.slice(0, 9)}000`)?.id ?? null;
  const visit = (p: PersonPlan, from: string, span: number) => {
    const date = addDays(from, rng.int(0, span - 1));
    const at = `${date}T${String(rng.int(9, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+08:00`;
    if (rng.chance(0.05)) visits.push({ residentId: p.id, visitedAt: at, mode: 'in_person', outcome: 'not_home', facilityId: facilityFor(p) });
    const u = rng.next();
    visits.push({
      residentId: p.id, visitedAt: at.replace(/T(\d\d)/, (_, h) => `T${String(Math.min(Number(h) + 1, 20)).padStart(2, '0')}`),
      mode: cfg.weekly ? rng.pick(['in_person', 'phone', 'monitoring'] as const) : rng.pick(['in_person', 'in_person', 'phone'] as const),
      outcome: u < 0.86 ? 'well' : u < 0.95 ? 'needs_help' : u < 0.98 ? 'referred' : 'hospitalized', facilityId: facilityFor(p),
    });
  };
  for (const month of months) {
    const share = month === '2020-12' ? cfg.in2020 : cfg.recent;
    const end = lastDayOf(month);
    const roster = atRisk.filter((p) => !stayingOn(stays, p, end));
    if (cfg.weekly) {
      for (const monday of monthDays.get(month)!.map((d) => addDays(d, -6)).filter((d) => weekday(d) === 1)) {
        for (const p of roster) if (rng.chance(share)) visit(p, monday, 7);
      }
    } else {
      for (const p of roster) if (rng.chance(share)) visit(p, firstDayOf(month), monthDays.get(month)!.length);
    }
  }
  const plans = atRisk.map((p) => ({ residentId: p.id, frequency: cfg.weekly ? ('weekly' as const) : ('monthly' as const), facilityId: facilityFor(p) }));
  return { slots, orders, visits, plans };
}
