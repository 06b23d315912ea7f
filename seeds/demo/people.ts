import { randomUUID } from 'node:crypto';
import { addDays } from '@yiyang/core';
import type { AreaContext } from './areas';
import { townshipsOf } from './areas';
import type { AreaKey, FacilityPlan, PersonPlan } from './model';
import { IdNumbers, personName, type Rng } from './random';

export type PlanArea = Exclude<AreaKey, 'liangjiang'>;

export interface AreaPeople {
  prefix: string;
  tekun: number;
  community: number;
  /** Shares of 特困 people placed (tekun_centralized stays) by the ends of 2020, 2022 and 2025: incapacitated, willing. */
  incapacitated: [number, number, number];
  willing: [number, number, number];
  serviceTownships: number;
  visits: { weekly: boolean; in2020: number; recent: number };
}

export const PEOPLE: Record<PlanArea, AreaPeople> = {
  yubei: { prefix: '500112', tekun: 100, community: 240, incapacitated: [0.95, 0.97, 1], willing: [0.9, 0.96, 1], serviceTownships: 6, visits: { weekly: false, in2020: 0.7, recent: 0.9 } },
  zhoushan: { prefix: '3309', tekun: 160, community: 320, incapacitated: [0.82, 0.91, 0.96], willing: [0.88, 0.95, 0.98], serviceTownships: 10, visits: { weekly: false, in2020: 0.82, recent: 1 } },
  pingliang: { prefix: '6208', tekun: 150, community: 240, incapacitated: [0.7, 0.8, 0.88], willing: [0.75, 0.85, 0.92], serviceTownships: 6, visits: { weekly: false, in2020: 0.55, recent: 0.8 } },
  haicheng: { prefix: '210381', tekun: 80, community: 240, incapacitated: [0.75, 0.8, 0.85], willing: [0.8, 0.85, 0.9], serviceTownships: 5, visits: { weekly: false, in2020: 0.6, recent: 0.75 } },
  ningbo: { prefix: '3302', tekun: 240, community: 280, incapacitated: [0.85, 0.9, 0.96], willing: [0.9, 0.95, 1], serviceTownships: 8, visits: { weekly: true, in2020: 0.7, recent: 0.97 } },
};

/** Haicheng's 政府购买居家养老上门服务 group: 特困 and 低保 people at home, 600 元 a month each. */
export const HAICHENG_PURCHASED_PEOPLE = 40;

const LEVEL_SHARES = [0.25, 0.3, 0.2, 0.15, 0.1];

function levelOf(u: number): number {
  let acc = 0;
  for (let level = 0; level < LEVEL_SHARES.length; level++) if (u < (acc += LEVEL_SHARES[level])) return level;
  return 4;
}

export interface PeopleContext extends AreaContext {
  ids: IdNumbers;
  lastDay: string;
}

function person(ctx: PeopleContext, area: AreaKey, o: Partial<PersonPlan> & Pick<PersonPlan, 'hukouRegionCode' | 'residenceRegionCode' | 'role'>, born: [string, string]): PersonPlan {
  const { rng } = ctx;
  const sex = rng.chance(0.55) ? 'female' : 'male';
  const birthDate = rng.date(...born);
  return {
    id: randomUUID(),
    area,
    name: personName(rng, sex),
    sex,
    birthDate,
    idNumber: ctx.ids.next(o.hukouRegionCode.slice(0, 6), birthDate, sex),
    categories: [],
    livingArrangement: 'with_family',
    tekunSupportMode: null,
    willingCentralized: null,
    level: null,
    assessedOn: null,
    reassessYearly: false,
    mealUser: false,
    homeServiceUser: false,
    purchasedService: false,
    facilityId: null,
    ...o,
  };
}

/** A date in the window by which a share was reached, from the position `u` (0…1) in the group's queue. */
function placementDate(rng: Rng, u: number, shares: [number, number, number], lastDay: string): string | null {
  if (u < shares[0]) return rng.date('2016-01-01', '2020-11-30');
  if (u < shares[1]) return rng.date('2021-01-04', '2022-11-30');
  if (u < shares[2]) return rng.date('2023-01-03', '2025-11-28');
  if (u < shares[2] + (1 - shares[2]) / 2 && lastDay > '2026-01-31') return rng.date('2026-01-05', addDays(lastDay, -20));
  return null;
}

/**
 * Older people of one area: 特困 people (placed over the years in 敬老院 of their county), people living at home
 * (meal and home-service users, the 探访 roster), and self-paying residents of the institutions.
 */
export function buildPeople(ctx: PeopleContext, area: PlanArea, facilities: FacilityPlan[]): { serviceTownships: string[] } {
  const { model: m, rng, lastDay } = ctx;
  const cfg = PEOPLE[area];
  const townships = townshipsOf(ctx, cfg.prefix);
  const homes = facilities.filter((f) => f.area === area && f.base.kind === 'tekun_home' && f.openedOn < '2020-01-01');
  const institutions = facilities.filter((f) => f.area === area && f.base.kind === 'institution' && f.openedOn <= addDays(lastDay, -60));

  // 特困: people queue for a place; shares of the queue placed by each plan milestone.
  const tekun: PersonPlan[] = [];
  for (let i = 0; i < cfg.tekun; i++) {
    const home = homes[i % homes.length];
    const t = townships.find((x) => x.code === home.township) ?? townships[0];
    const level = levelOf((i * 0.618) % 1);
    const incapacitated = level >= 2;
    const willing = incapacitated ? i % 10 < 7 : i % 20 < 9;
    tekun.push(
      person(ctx, area, {
        role: 'tekun', hukouRegionCode: t.code, residenceRegionCode: t.code, categories: i % 9 === 0 ? ['tekun', 'disabled_certified'] : ['tekun'],
        livingArrangement: 'alone', willingCentralized: willing, level, assessedOn: rng.date('2019-06-01', '2020-06-30'), reassessYearly: true,
      }, ['1928-01-01', '1958-12-31']),
    );
  }
  const queue = (people: PersonPlan[], shares: [number, number, number]) =>
    people.forEach((p, k) => {
      const date = placementDate(rng, (k + 0.5) / people.length, shares, lastDay);
      if (!date) return;
      const own = homes.filter((h) => h.county === `${p.hukouRegionCode.slice(0, 6)}000000`);
      for (const home of [...own, ...homes]) {
        const bed = m.takeBed(home);
        if (!bed) continue;
        const admittedOn = date <= home.openedOn ? addDays(home.openedOn, 30) : date;
        const died = k % 29 === 7 && admittedOn < '2023-01-01';
        m.stays.push({ person: p, ...bed, admittedOn, dischargedOn: died ? rng.date('2023-01-02', '2024-12-30') : null, dischargeReason: died ? 'death' : null, funding: 'tekun_centralized' });
        p.tekunSupportMode = 'centralized';
        p.facilityId = home.id;
        return;
      }
    });
  queue(tekun.filter((p) => p.level! >= 2), cfg.incapacitated);
  queue(tekun.filter((p) => p.level! < 2 && p.willingCentralized), cfg.willing);
  for (const p of tekun) p.tekunSupportMode ??= 'dispersed';
  m.people.push(...tekun);

  // People at home in the service townships (where meals and home services are delivered and 探访 made).
  const withVillages = townships.filter((t) => ctx.villages.some((v) => v.parentCode === t.code));
  const serviceTownships =
    area === 'yubei'
      ? [...withVillages.filter((t) => t.kind === 'street').slice(0, 3), ...withVillages.filter((t) => t.kind === 'town').slice(0, 3)]
      : [...withVillages, ...townships.filter((t) => !withVillages.includes(t))].slice(0, cfg.serviceTownships);
  for (let i = 0; i < cfg.community; i++) {
    const t = serviceTownships[i % serviceTownships.length];
    const vs = ctx.villages.filter((v) => v.parentCode === t.code);
    const home = vs.length ? vs[Math.floor(i / serviceTownships.length) % vs.length].code : t.code;
    const u = rng.next();
    const categories = u < 0.12 ? ['dibao'] : u < 0.15 ? ['dibao_edge'] : u < 0.18 ? ['family_planning_special'] : u < 0.22 ? ['disabled_certified'] : [];
    const arrangement = rng.pick(['alone', 'alone', 'empty_nest', 'empty_nest', 'empty_nest', 'left_behind', 'with_family', 'with_family', 'with_family'] as const);
    const purchased = area === 'haicheng' && i < HAICHENG_PURCHASED_PEOPLE;
    m.people.push(
      person(ctx, area, {
        role: 'community', hukouRegionCode: t.code, residenceRegionCode: home,
        categories: purchased ? (i % 4 === 0 ? ['tekun'] : ['dibao', 'disabled_certified']) : categories,
        tekunSupportMode: purchased && i % 4 === 0 ? 'dispersed' : null, willingCentralized: purchased && i % 4 === 0 ? false : null,
        livingArrangement: purchased ? 'alone' : arrangement,
        level: i % 3 === 0 || purchased ? (purchased ? 2 : i % 2) : null, assessedOn: i % 3 === 0 || purchased ? rng.date('2020-01-06', '2020-10-30') : null,
        mealUser: !purchased && i % 5 < 2, homeServiceUser: !purchased && i % 4 === 1, purchasedService: purchased,
      }, ['1930-01-01', '1958-12-31']),
    );
  }

  // Self-paying residents of the institutions (a few per home, some discharged again).
  for (const f of institutions) {
    const n = Math.min(4, Math.floor(f.instBeds() / 15));
    for (let k = 0; k < n; k++) {
      const bed = m.takeBed(f);
      if (!bed) break;
      const admittedOn = rng.date(f.openedOn > '2018-01-01' ? addDays(f.openedOn, 1) : '2018-01-01', addDays(lastDay, -30));
      const p = person(ctx, area, {
        role: 'stay', hukouRegionCode: f.township, residenceRegionCode: f.township, livingArrangement: rng.pick(['alone', 'with_family', 'with_family', 'with_family'] as const),
        level: 1 + (k % 4), assessedOn: addDays(admittedOn, -3), facilityId: f.id, categories: k === 3 ? ['dibao'] : [],
      }, ['1926-01-01', '1952-12-31']);
      const leaves = k === 2 ? addDays(admittedOn, 90 + rng.int(0, 800)) : null;
      const left = leaves && leaves < lastDay ? leaves : null;
      m.people.push(p);
      m.stays.push({ person: p, ...bed, admittedOn, dischargedOn: left, dischargeReason: left ? rng.pick(['home', 'hospital', 'death']) : null, funding: k === 3 ? 'government_purchased' : 'self_pay' });
    }
  }
  return { serviceTownships: serviceTownships.map((t) => t.code) };
}
