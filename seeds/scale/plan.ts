import { firstDayOf, lastDayOf } from '@yiyang/core';
import { Rng } from '../demo/random';
import { dayOf } from './days';
import { uuid, TAG } from './row-text';

/**
 * The plan of the scale data set: how many regions, facilities, beds and people there are and where, drawn from the
 * seed alone (no I/O). The row generators (./rows) read it; only small per-facility and per-township arrays live here.
 */

export const SCALE_PROVINCE = '980000000000';
export const SCALE_PROVINCE_NAME = '规模测试省';
/** Who "booked" the generated orders: service_order.booked_by has no foreign key. */
export const SCALE_BOOKER = '00000001-0000-4000-8000-5ca1e0000000';
/** Nobody is admitted or discharged later than this: the history ends the day before the generator's "today". */
export const HISTORY_END = '2026-11-30';
export const HISTORY_START = '2014-01-01';

export interface ScaleOptions {
  databaseUrl: string;
  facilities: number;
  townships: number;
  beds: number;
  stays: number;
  orders: number;
  month: string;
  residents: number;
  seed: number;
  checkReferences: boolean;
  /** Progress bars and the summary go here (stderr for bars, stdout for the summary in the CLI). */
  quiet?: boolean;
}

// The region tree

type TownshipKind = 'street' | 'town' | 'township' | 'other';
export interface Township {
  code: string;
  name: string;
  kind: TownshipKind;
  county: number;
  administeredBy: string | null;
  villages: { code: string; kind: 'village' | 'community' | 'other' }[];
  /** Residents living here: indexes [personFrom, personTo), split evenly over the villages. */
  personFrom: number;
  personTo: number;
}
export interface County {
  code: string;
  name: string;
  townships: number[];
}

export const FACILITY_KINDS = ['institution', 'tekun_home', 'township_centre', 'community_station', 'mutual_aid', 'canteen'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];
const KIND_SHARE: Record<FacilityKind, number> = {
  institution: 0.22,
  tekun_home: 0.08,
  township_centre: 0.15,
  community_station: 0.28,
  mutual_aid: 0.17,
  canteen: 0.1,
};
/** Relative bed weight by kind: institutions hold most beds, canteens none. */
const BED_WEIGHT: Record<FacilityKind, number> = {
  institution: 10,
  tekun_home: 4,
  township_centre: 2,
  community_station: 0.6,
  mutual_aid: 0.15,
  canteen: 0,
};

export interface Facility {
  index: number;
  id: string;
  kind: FacilityKind;
  township: number;
  regionCode: string;
  opened: number;
  closed: number | null;
  beds: number;
  homeBeds: number;
  /** First bed index (institution/community beds first, then home beds). */
  firstBed: number;
  /** First room index. */
  firstRoom: number;
  managedBy: number | null;
}

export interface Plan {
  options: ScaleOptions;
  counties: County[];
  townships: Township[];
  facilities: Facility[];
  residents: number;
  monthStart: number;
  monthEnd: number;
  /** The month's last day D. */
  d: number;
}

export function buildPlan(options: ScaleOptions): Plan {
  const { seed } = options;
  const rng = Rng.of(seed, 1, 0);
  const cityCount = 13;
  const countyCount = Math.max(cityCount, Math.min(99 * cityCount, Math.round(options.townships / 13)));
  const counties: County[] = [];
  for (let c = 0; c < countyCount; c += 1) {
    const city = c % cityCount;
    const within = Math.floor(c / cityCount);
    const code = `98${String(city + 1).padStart(2, '0')}${String(within + 1).padStart(2, '0')}000000`;
    counties.push({ code, name: `规模${city + 1}市第${within + 1}区`, townships: [] });
  }
  counties.sort((a, b) => a.code.localeCompare(b.code));
  const townships: Township[] = [];
  const push = (county: number, kind: TownshipKind) => {
    const ordinal = counties[county].townships.length + 1;
    const code = `${counties[county].code.slice(0, 6)}${String(ordinal).padStart(3, '0')}000`;
    const suffix = kind === 'street' ? '街道' : kind === 'town' ? '镇' : kind === 'township' ? '乡' : '开发区';
    counties[county].townships.push(townships.length);
    townships.push({ code, name: `${counties[county].name}${ordinal}${suffix}`, kind, county, administeredBy: null, villages: [], personFrom: 0, personTo: 0 });
  };
  for (let t = 0; t < options.townships; t += 1) {
    const draw = rng.next();
    push(t % countyCount, draw < 0.3 ? 'street' : draw < 0.75 ? 'town' : 'township');
  }
  // Development zones and farms (kind other), which township-coverage denominators leave out.
  for (let c = 0; c < countyCount; c += 10) push(c, 'other');
  // A body other than the county runs a few streets (as 两江新区 ran Yubei's); the engine leaves them out.
  townships.filter((t) => t.kind === 'street').slice(0, 4).forEach((t) => (t.administeredBy = '规模测试新区'));
  for (const township of townships) {
    const count = township.kind === 'other' ? 1 : rng.int(3, 6);
    for (let v = 1; v <= count; v += 1) {
      const draw = rng.next();
      const kind =
        township.kind === 'other' ? 'other' : township.kind === 'street' ? (draw < 0.9 ? 'community' : 'village') : township.kind === 'town' ? (draw < 0.45 ? 'community' : 'village') : draw < 0.15 ? 'community' : 'village';
      township.villages.push({ code: `${township.code.slice(0, 9)}${String(v).padStart(3, '0')}`, kind });
    }
  }
  const residents = options.residents;
  const living = townships.filter((t) => t.kind !== 'other');
  const weights = living.map(() => 0.5 + rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let from = 0;
  living.forEach((township, i) => {
    cumulative += weights[i];
    const to = i === living.length - 1 ? residents : Math.round((cumulative / total) * residents);
    township.personFrom = from;
    township.personTo = to;
    from = to;
  });

  // Facilities: the first pass gives every township one, the rest are spread at random.
  const facilities: Facility[] = [];
  const kindCut = FACILITY_KINDS.map(((sum) => (kind: FacilityKind) => (sum += KIND_SHARE[kind]))(0));
  const historyEnd = dayOf(HISTORY_END);
  const monthStart = dayOf(firstDayOf(options.month));
  const monthEnd = dayOf(lastDayOf(options.month));
  for (let f = 0; f < options.facilities; f += 1) {
    const townshipIndex = f < living.length ? townships.indexOf(living[f]) : townships.indexOf(living[rng.below(living.length)]);
    const township = townships[townshipIndex];
    const draw = rng.next();
    const kind = FACILITY_KINDS[kindCut.findIndex((cut) => draw < cut)] ?? 'canteen';
    const villages = township.villages;
    const village =
      kind === 'community_station'
        ? (villages.find((v, i) => v.kind === 'community' && rng.chance(0.5 + i * 0.1)) ?? villages[rng.below(villages.length)])
        : kind === 'mutual_aid'
          ? (villages.find((v, i) => v.kind === 'village' && rng.chance(0.5 + i * 0.1)) ?? villages[rng.below(villages.length)])
          : null;
    const opened = dayOf('2006-01-01') + rng.below(18 * 365);
    const closed = rng.chance(0.03) ? Math.min(historyEnd, opened + 400 + rng.below(4000)) : null;
    facilities.push({
      index: f,
      id: uuid(TAG.facility, f),
      kind,
      township: townshipIndex,
      regionCode: village ? village.code : township.code,
      opened,
      closed: closed !== null && closed > opened ? closed : null,
      beds: 0,
      homeBeds: 0,
      firstBed: 0,
      firstRoom: 0,
      managedBy: null,
    });
  }
  // Beds by weight, exactly options.beds in all; 8 % of them home beds (家庭养老床位) of centres and stations.
  const homeTotal = Math.round(options.beds * 0.08);
  const placedTotal = options.beds - homeTotal;
  const bedWeights = facilities.map((f) => BED_WEIGHT[f.kind] * (0.3 + 1.4 * rng.next()));
  const homeWeights = facilities.map((f) => (f.kind === 'township_centre' || f.kind === 'community_station' ? 0.5 + rng.next() : 0));
  const spread = (weights: number[], amount: number, assign: (f: Facility, n: number) => void) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    let given = 0;
    facilities.forEach((facility, i) => {
      acc += weights[i];
      const upTo = Math.round((acc / sum) * amount);
      assign(facility, upTo - given);
      given = upTo;
    });
  };
  spread(bedWeights, placedTotal, (f, n) => (f.beds = n));
  spread(homeWeights, homeTotal, (f, n) => (f.homeBeds = n));
  let bed = 0;
  let room = 0;
  for (const facility of facilities) {
    facility.firstBed = bed;
    facility.firstRoom = room;
    bed += facility.beds + facility.homeBeds;
    room += Math.ceil(facility.beds / 4);
  }
  // Stations run by a township centre of their county (中心带站).
  const centresByCounty = new Map<number, number[]>();
  for (const f of facilities) if (f.kind === 'township_centre') centresByCounty.set(townships[f.township].county, [...(centresByCounty.get(townships[f.township].county) ?? []), f.index]);
  for (const f of facilities) {
    const centres = centresByCounty.get(townships[f.township].county);
    if (f.kind === 'community_station' && centres && rng.chance(0.45)) f.managedBy = centres[rng.below(centres.length)];
  }
  return { options, counties, townships, facilities, residents, monthStart, monthEnd, d: monthEnd };
}


/** Care homes (养老机构): the kinds inspected, star-rated and staffed with social workers by their beds. */
export const isInstitution = (kind: FacilityKind): boolean => kind === 'institution' || kind === 'tekun_home';
