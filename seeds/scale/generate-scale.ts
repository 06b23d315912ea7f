import 'reflect-metadata';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GBT_42195_2022, scoreAssessment } from '@yiyang/assessments';
import { createDataSourceOptions } from '@yiyang/core';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';

/**
 * Province-scale data set (规模测试省, code 98) for the KPI rollup benchmark, written with COPY into a migrated database.
 *
 *   npm run seed:scale -- --database-url postgres://… --facilities 2000 --townships 1300 --beds 300000 \
 *     --stays 1000000 --orders 5000000 --month 2026-10 [--residents N] [--seed 42] [--check-references]
 *
 * Every row is a pure function of the seed and its index (or of a per-parent PRNG), so child tables regenerate their
 * parents instead of keeping them: only small per-bed and per-person arrays stay in memory. Foreign keys are not
 * re-checked row by row during the load (session_replication_role = replica skips the RI triggers; CHECK, unique and
 * exclusion constraints still hold) because the generator builds references from the same indexes it writes;
 * --check-references keeps the RI triggers on.
 */

export const SCALE_PROVINCE = '980000000000';
const SCALE_PROVINCE_NAME = '规模测试省';
/** Who "booked" the generated orders: service_order.booked_by has no foreign key. */
const SCALE_BOOKER = '00000001-0000-4000-8000-5ca1e0000000';
/** Nobody is admitted or discharged later than this: the history ends the day before the generator's "today". */
const HISTORY_END = '2026-11-30';
const HISTORY_START = '2014-01-01';

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

export interface ScaleResult {
  counts: Record<string, number>;
  seconds: Record<string, number>;
  totalSeconds: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

function mix32(value: number): number {
  let a = value | 0;
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return (a ^ (a >>> 16)) >>> 0;
}

/** A stateless uniform number in [0, 1) for (seed, salt, index): person attributes need no stored state. */
function unit(seed: number, salt: number, index: number): number {
  return mix32(mix32(index + Math.imul(salt, 0x9e3779b1)) ^ mix32(seed + salt)) / 4294967296;
}

/** mulberry32, seeded per parent entity so a child table can replay its parent's draws. */
class Rng {
  private state: number;
  constructor(seed: number, salt: number, index: number) {
    this.state = mix32(mix32(seed * 31 + salt) ^ mix32(index * 2654435761));
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  between(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Dates as day numbers (days since 1970-01-01); their strings are cached since orders repeat a few hundred days.

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const dayStrings = new Map<number, string>();
function iso(day: number): string {
  let text = dayStrings.get(day);
  if (!text) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayStrings.set(day, text);
  }
  return text;
}

/**
 * uuid-shaped ids from the row index and a table tag: deterministic, ascending (b-tree inserts append), and varying in
 * their leading bytes, which btree_gist's penalty for uuid reads: ids sharing a long prefix degrade the exclusion
 * constraints' GiST indexes into scans (60,000 stays took 25 s with the index in the trailing bytes, 1 s like this).
 */
function uuid(tag: number, index: number): string {
  return `${index.toString(16).padStart(8, '0')}-${tag.toString(16).padStart(4, '0')}-4000-8000-5ca1e0000000`;
}
const TAG = { facility: 1, room: 2, bed: 3, staff: 4, certificate: 5, resident: 6, stay: 7, slot: 8, order: 9, visit: 10, inspection: 11, star: 12, assessment: 13 };

const N = '\\N';
const bool = (value: boolean): string => (value ? 't' : 'f');
const array = (items: string[]): string => `{${items.join(',')}}`;

// ---------------------------------------------------------------------------------------------------------------
// The region tree

type TownshipKind = 'street' | 'town' | 'township' | 'other';
interface Township {
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
interface County {
  code: string;
  name: string;
  townships: number[];
}

const FACILITY_KINDS = ['institution', 'tekun_home', 'township_centre', 'community_station', 'mutual_aid', 'canteen'] as const;
type FacilityKind = (typeof FACILITY_KINDS)[number];
const KIND_SHARE: Record<FacilityKind, number> = {
  institution: 0.22,
  tekun_home: 0.08,
  township_centre: 0.15,
  community_station: 0.28,
  mutual_aid: 0.17,
  canteen: 0.1,
};
const KIND_NAME: Record<FacilityKind, string> = {
  institution: '养老院',
  tekun_home: '敬老院',
  township_centre: '养老服务中心',
  community_station: '养老服务站',
  mutual_aid: '互助养老点',
  canteen: '老年食堂',
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

interface Facility {
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

interface Plan {
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

function buildPlan(options: ScaleOptions): Plan {
  const { seed } = options;
  const rng = new Rng(seed, 1, 0);
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
    const count = township.kind === 'other' ? 1 : rng.between(3, 6);
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
  const d = dayOf(options.month + '-01');
  const monthStart = d;
  const next = new Date(Date.UTC(Number(options.month.slice(0, 4)), Number(options.month.slice(5, 7)), 1));
  const monthEnd = Math.round(next.getTime() / DAY_MS) - 1;
  for (let f = 0; f < options.facilities; f += 1) {
    const townshipIndex = f < living.length ? townships.indexOf(living[f]) : townships.indexOf(living[rng.int(living.length)]);
    const township = townships[townshipIndex];
    const draw = rng.next();
    const kind = FACILITY_KINDS[kindCut.findIndex((cut) => draw < cut)] ?? 'canteen';
    const villages = township.villages;
    const village =
      kind === 'community_station'
        ? (villages.find((v, i) => v.kind === 'community' && rng.chance(0.5 + i * 0.1)) ?? villages[rng.int(villages.length)])
        : kind === 'mutual_aid'
          ? (villages.find((v, i) => v.kind === 'village' && rng.chance(0.5 + i * 0.1)) ?? villages[rng.int(villages.length)])
          : null;
    const opened = dayOf('2006-01-01') + rng.int(18 * 365);
    const closed = rng.chance(0.03) ? Math.min(historyEnd, opened + 400 + rng.int(4000)) : null;
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
    if (f.kind === 'community_station' && centres && rng.chance(0.45)) f.managedBy = centres[rng.int(centres.length)];
  }
  return { options, counties, townships, facilities, residents, monthStart, monthEnd, d: monthEnd };
}

// ---------------------------------------------------------------------------------------------------------------
// Stateless people

interface Person {
  index: number;
  township: number;
  residence: string;
  hukou: string;
  birth: number;
  male: boolean;
  categories: string[];
  tekunMode: 'centralized' | 'dispersed' | null;
  willing: boolean | null;
  arrangement: 'alone' | 'empty_nest' | 'left_behind' | 'with_family';
}

class People {
  private readonly starts: number[];
  private readonly order: number[];
  constructor(private readonly plan: Plan) {
    const living = plan.townships.map((t, i) => ({ t, i })).filter(({ t }) => t.personTo > t.personFrom);
    this.order = living.map(({ i }) => i);
    this.starts = living.map(({ t }) => t.personFrom);
  }
  townshipOf(index: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return this.order[low];
  }
  villageCode(township: Township, index: number): string {
    const span = township.personTo - township.personFrom;
    return township.villages[Math.min(township.villages.length - 1, Math.floor(((index - township.personFrom) * township.villages.length) / span))].code;
  }
  get(index: number): Person {
    const seed = this.plan.options.seed;
    const townshipIndex = this.townshipOf(index);
    const township = this.plan.townships[townshipIndex];
    const residence = this.villageCode(township, index);
    let hukou = residence;
    if (unit(seed, 11, index) < 0.05) {
      const county = this.plan.counties[township.county];
      const other = this.plan.townships[county.townships[Math.floor(unit(seed, 12, index) * county.townships.length)]];
      hukou = other.villages[Math.floor(unit(seed, 13, index) * other.villages.length)].code;
    }
    const birth = dayOf('1928-01-01') + Math.floor(unit(seed, 14, index) * 40 * 365.25);
    const c = unit(seed, 15, index);
    const categories: string[] = [];
    if (c < 0.03) categories.push('tekun');
    else if (c < 0.08) categories.push('dibao');
    else if (c < 0.1) categories.push('dibao_edge');
    if (unit(seed, 16, index) < 0.04) categories.push('disabled_certified');
    if (unit(seed, 17, index) < 0.01) categories.push('family_planning_special');
    const tekun = categories[0] === 'tekun';
    const centralized = tekun && unit(seed, 18, index) < 0.45;
    const w = unit(seed, 19, index);
    const a = unit(seed, 20, index);
    return {
      index,
      township: townshipIndex,
      residence,
      hukou,
      birth,
      male: unit(seed, 21, index) < 0.46,
      categories,
      tekunMode: tekun ? (centralized ? 'centralized' : 'dispersed') : null,
      willing: tekun ? (centralized ? true : w < 0.35 ? true : w < 0.45 ? null : false) : null,
      arrangement: a < 0.07 ? 'alone' : a < 0.16 ? 'empty_nest' : a < 0.2 ? 'left_behind' : 'with_family',
    };
  }
}

/** A person's stay history, filled while stays are written: what orders and visits need to know of them. */
const NO_STAY = 0;
const OPEN_STAY = 1;
const DIED = 2;
const DISCHARGED = 3;

// ---------------------------------------------------------------------------------------------------------------
// COPY

interface Loader {
  client: Client;
  bars: MultiBar | null;
  counts: Record<string, number>;
  seconds: Record<string, number>;
}

async function copy(loader: Loader, table: string, columns: string[], total: number, rows: () => Iterable<string>): Promise<number> {
  const started = performance.now();
  const bar: SingleBar | null = loader.bars ? loader.bars.create(Math.max(total, 1), 0, { table: table.padEnd(20) }) : null;
  let written = 0;
  function* chunks(): Generator<string> {
    let chunk = '';
    let inChunk = 0;
    for (const row of rows()) {
      chunk += row;
      inChunk += 1;
      if (chunk.length > 1 << 18) {
        written += inChunk;
        bar?.update(written);
        yield chunk;
        chunk = '';
        inChunk = 0;
      }
    }
    written += inChunk;
    bar?.update(written);
    if (chunk) yield chunk;
  }
  const stream = loader.client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks()), stream);
  if (bar) {
    bar.setTotal(Math.max(written, 1));
    bar.update(written);
    bar.stop();
  }
  loader.counts[table] = (loader.counts[table] ?? 0) + written;
  loader.seconds[table] = (loader.seconds[table] ?? 0) + (performance.now() - started) / 1000;
  return written;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

function* regionRows(plan: Plan, hasAdministeredBy: boolean): Generator<string> {
  const row = (code: string, name: string, level: string, kind: string | null, parent: string | null, administeredBy: string | null = null) =>
    `${code}\t${name}\t${level}\t${kind ?? N}\t${parent ?? N}${hasAdministeredBy ? `\t${administeredBy ?? N}` : ''}\n`;
  yield row(SCALE_PROVINCE, SCALE_PROVINCE_NAME, 'province', null, null);
  const cities = [...new Set(plan.counties.map((c) => c.code.slice(0, 4)))];
  for (const city of cities) yield row(`${city}00000000`, `规模${Number(city.slice(2))}市`, 'city', null, SCALE_PROVINCE);
  for (const county of plan.counties) yield row(county.code, county.name, 'county', null, `${county.code.slice(0, 4)}00000000`);
  for (const t of plan.townships) yield row(t.code, t.name, 'township', t.kind, plan.counties[t.county].code, t.administeredBy);
  for (const t of plan.townships) {
    for (const [i, v] of t.villages.entries()) yield row(v.code, `${t.name}${i + 1}${v.kind === 'community' ? '社区' : '村'}`, 'village', v.kind, t.code);
  }
}

function* populationRows(plan: Plan, people: People): Generator<string> {
  for (const [c, county] of plan.counties.entries()) {
    let older = 0;
    for (const t of county.townships) {
      const township = plan.townships[t];
      // Sampled, not counted: a county's 60+ share of the people in the registry, scaled up to the whole population.
      const span = township.personTo - township.personFrom;
      let sampled = 0;
      const step = Math.max(1, Math.floor(span / 200));
      let n = 0;
      for (let i = township.personFrom; i < township.personTo; i += step, n += 1) if (people.get(i).birth <= plan.d - Math.round(60 * 365.25)) sampled += 1;
      older += n ? (sampled / n) * span : 0;
    }
    const base = Math.round(older * 1.4);
    yield `${county.code}\t2020\tresident\t${base}\t${Math.round(base * 0.7)}\t${Math.round(base * 0.15)}\t第七次全国人口普查（规模测试）\n`;
    if (c % 2 === 0) yield `${county.code}\t2025\tresident\t${Math.round(base * 1.12)}\t${Math.round(base * 0.8)}\t${Math.round(base * 0.17)}\t2025年人口抽样调查（规模测试）\n`;
  }
}

function* facilityRows(plan: Plan): Generator<string> {
  for (const f of plan.facilities) {
    const township = plan.townships[f.township];
    yield `${f.id}\t${township.name}${KIND_NAME[f.kind]}${f.index}\t${f.regionCode}\t${iso(f.opened)}\t${f.closed === null ? N : iso(f.closed)}\t${f.closed === null ? N : '规模测试关停'}\n`;
  }
}

interface Profile {
  ownership: 'public' | 'private';
  operation: 'government' | 'social';
  functions: string[];
  dementiaZone: boolean;
  rehabRoom: boolean;
  sunshineKitchen: boolean;
  foodGrade: string | null;
  smart: boolean;
  video: boolean;
  demo: boolean;
  medical: boolean;
  canteen: boolean;
  aGrade: number | null;
}

function drawProfile(kind: FacilityKind, rng: Rng): Profile {
  const ownership = kind === 'tekun_home' || rng.chance(0.5) ? 'public' : 'private';
  const operation = ownership === 'private' ? 'social' : rng.chance(0.55) ? 'government' : 'social';
  const functions = new Set<string>();
  if (kind === 'institution' || kind === 'tekun_home') ['full_time_care', 'medical_care', 'recreation'].forEach((x) => functions.add(x));
  if (kind === 'township_centre') {
    functions.add('full_time_care');
    if (rng.chance(0.8)) functions.add('day_care');
    if (rng.chance(0.8)) functions.add('home_outreach');
    functions.add('meals');
  }
  if (kind === 'community_station') {
    functions.add('day_care');
    if (rng.chance(0.6)) functions.add('home_outreach');
    if (rng.chance(0.7)) functions.add('meals');
  }
  if (kind === 'mutual_aid') ['meals', 'recreation'].forEach((x) => functions.add(x));
  if (kind === 'canteen') functions.add('meals');
  if (rng.chance(0.3)) functions.add('rehab');
  if (rng.chance(0.2)) functions.add('spiritual_comfort');
  const centre = kind === 'township_centre' || kind === 'community_station';
  return {
    ownership,
    operation,
    functions: [...functions],
    dementiaZone: (kind === 'institution' || kind === 'tekun_home') && rng.chance(0.3),
    rehabRoom: rng.chance(0.55),
    sunshineKitchen: functions.has('meals') && rng.chance(0.4),
    foodGrade: functions.has('meals') ? (['A', 'B', 'C', null] as const)[rng.int(4)] : null,
    smart: rng.chance(0.3),
    video: rng.chance(0.5),
    demo: centre && rng.chance(0.25),
    medical: rng.chance(0.3),
    canteen: functions.has('meals') && rng.chance(0.35),
    aGrade: centre && rng.chance(0.7) ? rng.between(1, 5) : null,
  };
}

function profileRow(f: Facility, from: number, to: number | null, p: Profile, managedBy: string | null): string {
  return `${f.id}\t${iso(from)}\t${to === null ? N : iso(to)}\t${f.kind}\t${p.ownership}\t${p.operation}\t${array(p.functions)}\t${bool(p.dementiaZone)}\t${bool(p.rehabRoom)}\t${bool(
    p.sunshineKitchen,
  )}\t${p.foodGrade ?? N}\t${bool(p.smart)}\t${bool(p.video)}\t${bool(p.demo)}\t${bool(p.medical)}\t${bool(p.canteen)}\t${p.aGrade ?? N}\t${managedBy ?? N}\n`;
}

function* profileRows(plan: Plan): Generator<string> {
  const seed = plan.options.seed;
  for (const f of plan.facilities) {
    const rng = new Rng(seed, 30, f.index);
    const current = drawProfile(f.kind, rng);
    const managedBy = f.managedBy === null ? null : plan.facilities[f.managedBy].id;
    if (rng.chance(0.2)) {
      // Re-profiled: an earlier period with other flags; a few changes fall after the month, so D reads the old one.
      const earlier = drawProfile(f.kind, rng);
      const last = f.closed ?? dayOf(HISTORY_END);
      const change = rng.chance(0.1) ? plan.d + 1 + rng.int(25) : f.opened + 1 + rng.int(Math.max(1, plan.d - f.opened - 1));
      if (change > f.opened && change < last) {
        yield profileRow(f, f.opened, change, earlier, null);
        yield profileRow(f, change, null, current, managedBy);
        continue;
      }
    }
    yield profileRow(f, f.opened, null, current, managedBy);
  }
}

const instKind = (kind: FacilityKind) => kind === 'institution' || kind === 'tekun_home';

function* inspectionRows(plan: Plan): Generator<string> {
  let n = 0;
  for (const f of plan.facilities) {
    if (!instKind(f.kind)) continue;
    const rng = new Rng(plan.options.seed, 40, f.index);
    for (const year of [2023, 2024, 2025, 2026]) {
      const on = dayOf(`${year}-01-01`) + rng.int(330);
      if (on <= f.opened || (f.closed !== null && on >= f.closed) || on > dayOf(HISTORY_END) || !rng.chance(year === 2026 ? 0.65 : 0.85)) continue;
      const passed = rng.chance(0.88);
      yield `${uuid(TAG.inspection, n++)}\t${f.id}\t${year}\t${iso(on)}\t${bool(passed)}\t${passed ? 60 + rng.int(40) : 30 + rng.int(30)}\n`;
    }
  }
}

function* starRows(plan: Plan): Generator<string> {
  let n = 0;
  for (const f of plan.facilities) {
    if (!instKind(f.kind)) continue;
    const rng = new Rng(plan.options.seed, 41, f.index);
    for (const on of [dayOf('2022-05-01') + rng.int(200), dayOf('2025-03-01') + rng.int(200), plan.d + 5 + rng.int(20)]) {
      if (on <= f.opened || !rng.chance(0.55)) continue;
      const star = rng.int(6);
      yield `${uuid(TAG.star, n++)}\t${f.id}\t${iso(on)}\tGB/T 37276-2018\t${(60 + rng.int(60)).toFixed(1)}\t${(60 + rng.int(70)).toFixed(1)}\t${(80 + rng.int(70)).toFixed(1)}\t${(
        300 + rng.int(300)
      ).toFixed(1)}\t${star}\n`;
    }
  }
}

interface StaffMember {
  index: number;
  role: string;
  hired: number;
  left: number | null;
}

/** Staff of one facility, replayed from its PRNG by both the staff and the certificate tables. */
function staffOf(plan: Plan, f: Facility, firstIndex: number): StaffMember[] {
  const rng = new Rng(plan.options.seed, 50, f.index);
  const caregivers = f.kind === 'canteen' ? 0 : f.kind === 'mutual_aid' ? rng.int(3) : Math.ceil(f.beds / 5) + Math.ceil(f.homeBeds / 15) + 1;
  const socialWorkers = instKind(f.kind) ? 1 + Math.floor(f.beds / 120) - (rng.chance(0.2) ? 1 : 0) : f.kind === 'township_centre' || f.kind === 'community_station' ? rng.int(2) : 0;
  const nurses = Math.floor(f.beds / 40);
  const others = f.kind === 'mutual_aid' ? 0 : 1 + rng.int(3);
  const members: StaffMember[] = [];
  const end = f.closed ?? dayOf(HISTORY_END);
  const add = (role: string) => {
    const hiredInMonth = role === 'caregiver' && rng.chance(0.012);
    let hired = hiredInMonth ? plan.monthStart + rng.int(plan.monthEnd - plan.monthStart + 1) : f.opened + rng.int(Math.max(1, end - f.opened));
    if (hired >= end) hired = end - 1;
    if (hired < f.opened) hired = f.opened;
    let left: number | null = rng.chance(0.15) ? hired + 30 + rng.int(2000) : null;
    if (left !== null && left > dayOf(HISTORY_END)) left = null;
    if (f.closed !== null && (left === null || left > f.closed)) left = f.closed > hired ? f.closed : null;
    members.push({ index: firstIndex + members.length, role, hired, left });
  };
  for (let i = 0; i < caregivers; i += 1) add('caregiver');
  for (let i = 0; i < socialWorkers; i += 1) add('social_worker');
  for (let i = 0; i < nurses; i += 1) add('nurse');
  for (let i = 0; i < others; i += 1) add(['manager', 'doctor', 'rehab_therapist', 'dietitian', 'other'][rng.int(5)]);
  return members;
}

function* staffRows(plan: Plan): Generator<string> {
  let next = 0;
  for (const f of plan.facilities) {
    const members = staffOf(plan, f, next);
    next += members.length;
    for (const m of members) yield `${uuid(TAG.staff, m.index)}\t${f.id}\t员工${m.index}\t${m.role}\t${iso(m.hired)}\t${m.left === null ? N : iso(m.left)}\n`;
  }
}

function* certificateRows(plan: Plan): Generator<string> {
  let next = 0;
  let n = 0;
  for (const f of plan.facilities) {
    const members = staffOf(plan, f, next);
    next += members.length;
    for (const m of members) {
      const rng = new Rng(plan.options.seed, 51, m.index);
      const cert = (kind: string, level: number | null) => {
        const issued = m.hired - 700 + rng.int(1000);
        // Most run for years; some expired before the month, some never expire.
        const until = rng.chance(0.2) ? null : issued + 365 + rng.int(6 * 365);
        return `${uuid(TAG.certificate, n++)}\t${uuid(TAG.staff, m.index)}\t${kind}\t${level ?? N}\tSC${n}\t${iso(issued)}\t${until === null ? N : iso(until)}\n`;
      };
      if (m.role === 'caregiver' && rng.chance(0.72)) yield cert('caregiver_skill', rng.between(1, 5));
      if (m.role === 'caregiver' && rng.chance(0.4)) yield cert('first_aid', null);
      if (m.role === 'social_worker' && rng.chance(0.8)) yield cert('social_worker', rng.between(1, 3));
      if (m.role === 'nurse') yield cert('nurse_license', null);
      if (m.role === 'doctor') yield cert('doctor_license', null);
    }
  }
}

function* roomRows(plan: Plan): Generator<string> {
  for (const f of plan.facilities) {
    for (let r = 0; r < Math.ceil(f.beds / 4); r += 1) yield `${uuid(TAG.room, f.firstRoom + r)}\t${f.id}\t${Math.floor(r / 20) + 1}${String((r % 20) + 1).padStart(2, '0')}室\t${Math.floor(r / 20) + 1}\n`;
  }
}

/** What stays need of a bed, kept for the 300,000 beds in typed arrays. */
interface BedTable {
  facility: Int32Array;
  opened: Int32Array;
  /** -1: open. */
  closed: Int32Array;
  home: Uint8Array;
}

function bedTable(plan: Plan): BedTable {
  const total = plan.options.beds;
  const table: BedTable = { facility: new Int32Array(total), opened: new Int32Array(total), closed: new Int32Array(total), home: new Uint8Array(total) };
  const historyEnd = dayOf(HISTORY_END);
  for (const f of plan.facilities) {
    const rng = new Rng(plan.options.seed, 60, f.index);
    const last = f.closed ?? historyEnd;
    for (let b = 0; b < f.beds + f.homeBeds; b += 1) {
      const bed = f.firstBed + b;
      table.facility[bed] = f.index;
      table.home[bed] = b >= f.beds ? 1 : 0;
      // Most beds came with the building; some were added later, none in the last year and a half.
      const latest = Math.min(last - 200, dayOf('2025-06-30'));
      const opened = rng.chance(0.7) ? f.opened : Math.min(latest, f.opened + rng.int(2500));
      table.opened[bed] = Math.max(f.opened, opened);
      let closed = -1;
      if (f.closed !== null) closed = f.closed;
      else if (rng.chance(0.04)) closed = Math.min(historyEnd, table.opened[bed] + 200 + rng.int(3000));
      table.closed[bed] = closed > table.opened[bed] ? closed : -1;
    }
  }
  return table;
}

function* bedRows(plan: Plan, beds: BedTable): Generator<string> {
  for (const f of plan.facilities) {
    const township = plan.townships[f.township];
    const setting = f.kind === 'institution' || f.kind === 'tekun_home' ? 'institution' : 'community';
    const rng = new Rng(plan.options.seed, 61, f.index);
    for (let b = 0; b < f.beds + f.homeBeds; b += 1) {
      const bed = f.firstBed + b;
      const home = b >= f.beds;
      // Some beds of township centres are full-time care beds (setting institution) of a non-institution facility.
      const bedSetting = home ? 'home' : f.kind === 'township_centre' && rng.chance(0.3) ? 'institution' : setting;
      const homeRegion = home ? township.villages[rng.int(township.villages.length)].code : null;
      const closed = beds.closed[bed];
      yield `${uuid(TAG.bed, bed)}\t${f.id}\t${home ? N : uuid(TAG.room, f.firstRoom + Math.floor(b / 4))}\t${home ? 'H' : 'B'}${String(b + 1).padStart(5, '0')}\t${bedSetting}\t${homeRegion ?? N}\t${iso(
        beds.opened[bed],
      )}\t${closed < 0 ? N : iso(closed)}\t${closed < 0 ? N : '规模测试撤床'}\n`;
    }
  }
}

function* classificationRows(plan: Plan, beds: BedTable): Generator<string> {
  const seed = plan.options.seed;
  const flags = (index: number, salt: number): [boolean, boolean] => {
    const care = unit(seed, salt, index) < 0.62;
    return [care, care && unit(seed, salt + 1, index) < 0.2];
  };
  for (let bed = 0; bed < plan.options.beds; bed += 1) {
    const id = uuid(TAG.bed, bed);
    const opened = beds.opened[bed];
    const [care, dementia] = flags(bed, 70);
    if (unit(seed, 72, bed) < 0.15) {
      // Reclassified (改造为护理型/认知症床位, or back): some after the month, so D still reads the first class.
      const end = beds.closed[bed] < 0 ? dayOf(HISTORY_END) : beds.closed[bed];
      const change = opened + 30 + Math.floor(unit(seed, 73, bed) * Math.max(1, end - opened - 30));
      if (change > opened && change < end) {
        const [care2, dementia2] = flags(bed, 74);
        yield `${id}\t${iso(opened)}\t${iso(change)}\t${bool(care2)}\t${bool(dementia2)}\n`;
        yield `${id}\t${iso(change)}\t${N}\t${bool(care)}\t${bool(dementia)}\n`;
        continue;
      }
    }
    yield `${id}\t${iso(opened)}\t${N}\t${bool(care)}\t${bool(dementia)}\n`;
  }
}

function* residentRows(plan: Plan, people: People): Generator<string> {
  for (let i = 0; i < plan.residents; i += 1) {
    const p = people.get(i);
    yield `${uuid(TAG.resident, i)}\t规模老人${i}\tv1.scale.${i}\t${i.toString(16).padStart(64, '0')}\t${p.male ? 'male' : 'female'}\t${iso(p.birth)}\t${p.hukou}\t${p.residence}\t${array(
      p.categories,
    )}\t${p.arrangement}\t${p.tekunMode ?? N}\t${p.willing === null ? N : bool(p.willing)}\n`;
  }
}

function* stayRows(plan: Plan, beds: BedTable, people: People, status: Uint8Array): Generator<string> {
  const seed = plan.options.seed;
  const historyStart = dayOf(HISTORY_START);
  const historyEnd = dayOf(HISTORY_END);
  // Stays of 2014 on, every person's own (stay k goes to person (k·A + C) mod R, a permutation, so stays spread over
  // every township), in the beds open for at least 400 days of that history.
  const placed: number[] = [];
  for (let bed = 0; bed < plan.options.beds; bed += 1) {
    const to = beds.closed[bed] < 0 ? historyEnd : beds.closed[bed];
    if (!beds.home[bed] && to - Math.max(historyStart, beds.opened[bed]) >= 400) placed.push(bed);
  }
  const perBed = Math.floor(plan.options.stays / placed.length);
  const extra = plan.options.stays % placed.length;
  const multiplier = (() => {
    let a = 1_000_003;
    const gcd = (x: number, y: number): number => (y ? gcd(y, x % y) : x);
    while (gcd(a, plan.residents) !== 1) a += 2;
    return BigInt(a);
  })();
  const r = BigInt(plan.residents);
  let k = 0;
  for (const [j, bed] of placed.entries()) {
    const count = perBed + (j < extra ? 1 : 0);
    if (!count) continue;
    const rng = new Rng(seed, 80, bed);
    const from = Math.max(historyStart, beds.opened[bed]);
    const open = beds.closed[bed] < 0;
    const to = open ? historyEnd : beds.closed[bed];
    const segment = (to - from) / count;
    const facility = plan.facilities[beds.facility[bed]];
    const bedId = uuid(TAG.bed, bed);
    for (let s = 0; s < count; s += 1) {
      const start = from + Math.floor(s * segment);
      const end = from + Math.floor((s + 1) * segment);
      const length = end - start;
      const admitted = start + Math.floor(rng.next() * 0.2 * length);
      let discharged: number | null = end - Math.floor(rng.next() * 0.15 * length);
      if (discharged <= admitted) discharged = admitted + 1;
      if (s === count - 1 && open && rng.chance(0.88)) discharged = null;
      const person = Number((BigInt(k) * multiplier + 7919n) % r);
      const p = people.get(person);
      const reasonDraw = rng.next();
      const reason = discharged === null ? null : reasonDraw < 0.35 ? 'death' : reasonDraw < 0.75 ? 'home' : reasonDraw < 0.85 ? 'hospital' : reasonDraw < 0.95 ? 'transfer_out' : 'other';
      status[person] = discharged === null ? OPEN_STAY : reason === 'death' ? DIED : DISCHARGED;
      const funding = p.tekunMode === 'centralized' ? 'tekun_centralized' : p.categories.includes('dibao') && rng.chance(0.3) ? 'government_purchased' : 'self_pay';
      yield `${uuid(TAG.stay, k)}\t${uuid(TAG.resident, person)}\t${bedId}\t${facility.id}\t${iso(admitted)}\t${discharged === null ? N : iso(discharged)}\t${reason ?? N}\t${funding}\n`;
      k += 1;
    }
  }
}

/** COPY text format reads a backslash as an escape: JSON's own escapes must survive it. */
const json = (value: unknown): string => JSON.stringify(value).replace(/\\/g, '\\\\');

function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), last)) / DAY_MS);
}

/**
 * GB/T 42195-2022 assessments of most 特困 people, scored by the app's own engine: a first one, for some a routine
 * one later, and for a few a correction (corrects_id) of their latest, some of those after the month.
 */
function* assessmentRows(plan: Plan, people: People): Generator<string> {
  const seed = plan.options.seed;
  const instrument = GBT_42195_2022;
  const historyEnd = dayOf(HISTORY_END);
  let n = 0;
  for (let i = 0; i < plan.residents; i += 1) {
    if (unit(seed, 15, i) >= 0.03) continue; // the draw that makes a person 特困 in People.get
    const rng = new Rng(seed, 110, i);
    if (!rng.chance(0.7)) continue;
    const p = people.get(i);
    const severity = rng.next();
    const draw = (reason: string, on: number, corrects: string | null) => {
      const items = Object.fromEntries(
        instrument.items.map((item) => {
          // Skewed per person, so levels spread from 能力完好 to 能力完全丧失 instead of clustering in the middle.
          const k = Math.min(item.allowed.length - 1, Math.floor((rng.next() * 0.6 + severity * 0.7) * item.allowed.length));
          return [item.code, item.allowed[k]];
        }),
      );
      const conditions = { coma: rng.chance(0.01), dementiaDiagnosis: rng.chance(0.08), psychiatricDiagnosis: rng.chance(0.03), riskEvents30d: rng.chance(0.1) ? 1 + rng.int(2) : 0 };
      const result = scoreAssessment(instrument, items, conditions);
      const id = uuid(TAG.assessment, n++);
      const row = `${id}\t${uuid(TAG.resident, i)}\t${instrument.code}\t${instrument.version}\t${reason}\t${iso(on)}\t${json(items)}\t${json(conditions)}\t${json(result.domainScores)}\t${
        result.total
      }\t${result.preliminaryLevel}\t${json(result.adjustments)}\t${result.finalLevel}\t${iso(addMonths(on, instrument.validityMonths))}\t${corrects ?? N}\t${iso(on)} 10:00:00+08\n`;
      return { id, row };
    };
    const first = Math.max(p.birth + 60 * 366, dayOf('2023-01-01') + rng.int(900));
    if (first >= historyEnd) continue;
    let latest = draw('first', first, null);
    yield latest.row;
    let last = first;
    if (rng.chance(0.35)) {
      last = Math.min(historyEnd, first + 200 + rng.int(500));
      if (last > first) {
        latest = draw('routine', last, null);
        yield latest.row;
      }
    }
    if (rng.chance(0.05)) {
      const on = Math.min(historyEnd, last + 1 + rng.int(120));
      if (on > last) yield draw('review', on, latest.id).row;
    }
  }
}

// Service slots and orders of the month

const OTHER_SERVICES = ['cleaning', 'bathing', 'walking', 'medical', 'recreation', 'emergency'];
interface Slot {
  index: number;
  facility: Facility;
  type: string;
  day: number;
  area: string;
  /** People who can book it: [from, to) of the person index space. */
  from: number;
  to: number;
  weight: number;
}

function slotsOf(plan: Plan): Slot[] {
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
        slots.push({ index: slots.length, facility: f, type: 'meal', day, area, from, to, weight: (f.kind === 'mutual_aid' ? 0.3 : 1) * (0.5 + w) });
        if (f.kind === 'canteen') slots.push({ index: slots.length, facility: f, type: 'meal', day, area, from, to, weight: 0.5 * (0.5 + w) });
      }
      if (f.kind === 'township_centre' || f.kind === 'community_station') {
        slots.push({ index: slots.length, facility: f, type: OTHER_SERVICES[(day + f.index) % OTHER_SERVICES.length], day, area, from, to, weight: 0.5 + w });
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
function orderTargets(slots: Slot[], total: number): Int32Array {
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
  const rng = new Rng(plan.options.seed, 91, slot.index);
  const n = slot.to - slot.from;
  const offset = rng.int(n);
  let stride = 1 + rng.int(Math.max(1, n - 1));
  const gcd = (x: number, y: number): number => (y ? gcd(y, x % y) : x);
  while (gcd(stride, n) !== 1) stride += 1;
  const orders: PlannedOrder[] = [];
  for (let j = 0; j < n && orders.length < wanted; j += 1) {
    const person = slot.from + ((offset + j * stride) % n);
    const s = status[person];
    if (s === DIED || (s === OPEN_STAY && rng.chance(0.9))) continue;
    const draw = rng.next();
    orders.push({ person, status: draw < 0.86 ? 'completed' : draw < 0.9 ? 'cancelled' : draw < 0.93 ? 'no_show' : draw < 0.97 ? 'booked' : 'checked_in' });
  }
  return orders;
}

/** Slot times in China time (UTC+8): lunch 11:00–13:00 (dinner 17:00–19:00 for a canteen's second slot), services 09:00–11:00. */
function slotTimes(slot: Slot, second: boolean): { starts: string; ends: string; booked: string; cancelled: string } {
  const date = iso(slot.day);
  const [start, end] = slot.type === 'meal' ? (second ? ['17', '19'] : ['11', '13']) : ['09', '11'];
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

function* slotRows(plan: Plan, slots: Slot[], targets: Int32Array, status: Uint8Array): Generator<string> {
  let previous: Slot | null = null;
  for (const slot of slots) {
    const second = previous !== null && previous.facility === slot.facility && previous.day === slot.day && previous.type === 'meal' && slot.type === 'meal';
    previous = slot;
    const orders = ordersOf(plan, slot, targets[slot.index], status);
    const booked = orders.filter((o) => o.status !== 'cancelled').length;
    const capacity = Math.max(1, booked + (slot.index % 7));
    const prefix = slot.area.length === 12 && slot.area.endsWith('000') ? slot.area.slice(0, 9) : slot.area;
    const t = slotTimes(slot, second);
    yield `${uuid(TAG.slot, slot.index)}\t${slot.facility.id}\t${slot.type}\t${t.starts}\t${t.ends}\t${capacity}\t${booked}\t${priceOf(slot)}\t{${slot.area}}\t{${prefix}}\topen\n`;
  }
}

function* orderRows(plan: Plan, slots: Slot[], targets: Int32Array, status: Uint8Array, people: People, withKpiColumns: boolean): Generator<string> {
  let n = 0;
  let previous: Slot | null = null;
  const month = iso(plan.monthStart);
  for (const slot of slots) {
    const second = previous !== null && previous.facility === slot.facility && previous.day === slot.day && previous.type === 'meal' && slot.type === 'meal';
    previous = slot;
    const t = slotTimes(slot, second);
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
      const kpi = withKpiColumns ? `\t${p.residence}\t${serviceOn}` : '';
      yield `${uuid(TAG.order, n)}\t${slotId}\t${uuid(TAG.resident, order.person)}\t${slot.facility.id}\t${slot.type}\t${month}\t${order.status}\t${price}\t${subsidy}\t${price - subsidy}\t${SCALE_BOOKER}\t${
        t.booked
      }\tscale-${n}\tscale\t${cancelled}\t${checkedIn}\t${completed}\t${noShow}${kpi}\n`;
      n += 1;
    }
  }
}

const OUTCOMES = ['well', 'well', 'well', 'well', 'needs_help', 'referred', 'not_home', 'hospitalized'];
const MODES = ['in_person', 'in_person', 'phone', 'video', 'monitoring'];

/** Visits to the people of the visiting roster (60+, alone / empty-nest / left behind, at home) in every week touching the month. */
function* visitRows(plan: Plan, people: People, status: Uint8Array): Generator<string> {
  const seed = plan.options.seed;
  const weekday = (plan.monthStart + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const firstMonday = plan.monthStart - weekday;
  const sixty = plan.d - Math.round(60 * 365.25);
  let n = 0;
  for (let i = 0; i < plan.residents; i += 1) {
    if (status[i] === OPEN_STAY || status[i] === DIED) continue;
    const arrangement = unit(seed, 20, i);
    if (arrangement >= 0.2) continue;
    const p = people.get(i);
    if (p.birth > sixty) continue;
    const rng = new Rng(seed, 100, i);
    const weekly = rng.chance(0.7);
    for (let monday = firstMonday; monday <= plan.monthEnd; monday += 7) {
      const visits = weekly ? (rng.chance(0.8) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0) : rng.chance(0.25) ? 1 : 0;
      for (let v = 0; v < visits; v += 1) {
        const day = monday + rng.int(7);
        yield `${uuid(TAG.visit, n++)}\t${uuid(TAG.resident, i)}\t${iso(day)} ${String(8 + rng.int(10)).padStart(2, '0')}:00:00+08\t${MODES[rng.int(MODES.length)]}\t${OUTCOMES[rng.int(OUTCOMES.length)]}\n`;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** Runs the pending migrations of the app on the database. */
export async function migrateDatabase(url: string): Promise<void> {
  const dataSource = new DataSource(createDataSourceOptions({ url, poolSize: 1, applicationName: 'yiyang-seed-scale' }));
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function hasColumn(client: Client, table: string, column: string): Promise<boolean> {
  const { rowCount } = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`, [table, column]);
  return (rowCount ?? 0) > 0;
}

export async function generateScale(options: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  if (options.residents < options.stays) throw new Error(`--residents (${options.residents}) must be at least --stays (${options.stays}): every stay has its own person`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) throw new Error(`--month must be YYYY-MM, not ${options.month}`);
  await migrateDatabase(options.databaseUrl);
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'yiyang-seed-scale' });
  await client.connect();
  const bars = options.quiet
    ? null
    : new MultiBar({ format: '{table} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: false, noTTYOutput: true, notTTYSchedule: 10_000 }, Presets.shades_classic);
  const loader: Loader = { client, bars, counts: {}, seconds: {} };
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM region WHERE code LIKE '98%' LIMIT 1`);
    if (rowCount) throw new Error('this database already holds the scale province (code 98…): generate into a fresh migrated database');
    await client.query('SET synchronous_commit = off');
    if (!options.checkReferences) await client.query('SET session_replication_role = replica');
    const withAdministeredBy = await hasColumn(client, 'region', 'administered_by');
    const withKpiColumns = await hasColumn(client, 'service_order', 'region_code');

    const plan = buildPlan(options);
    const people = new People(plan);
    const regionCount = 1 + new Set(plan.counties.map((c) => c.code.slice(0, 4))).size + plan.counties.length + plan.townships.reduce((a, t) => a + 1 + t.villages.length, 0);
    await copy(loader, 'region', ['code', 'name', 'level', 'kind', 'parent_code', ...(withAdministeredBy ? ['administered_by'] : [])], regionCount, () => regionRows(plan, withAdministeredBy));
    await copy(loader, 'region_population', ['region_code', 'year', 'basis', 'age60_plus', 'age65_plus', 'age80_plus', 'source'], plan.counties.length * 1.5, () => populationRows(plan, people));
    await copy(loader, 'facility', ['id', 'name', 'region_code', 'opened_on', 'closed_on', 'close_reason'], plan.facilities.length, () => facilityRows(plan));
    await copy(
      loader,
      'facility_profile',
      ['facility_id', 'valid_from', 'valid_to', 'kind', 'ownership', 'operation', 'functions', 'dementia_zone', 'rehab_room', 'sunshine_kitchen', 'food_safety_grade', 'smart', 'video_connected', 'demo_centre', 'medical_integrated', 'standardized_canteen', 'a_grade', 'managed_by_facility_id'],
      plan.facilities.length * 1.2,
      () => profileRows(plan),
    );
    const inst = plan.facilities.filter((f) => instKind(f.kind)).length;
    await copy(loader, 'facility_inspection', ['id', 'facility_id', 'year', 'inspected_on', 'passed', 'score'], inst * 3.2, () => inspectionRows(plan));
    await copy(loader, 'facility_star_rating', ['id', 'facility_id', 'rated_on', 'edition', 'environment', 'facilities', 'operations', 'services', 'star_level'], inst * 1.6, () => starRows(plan));
    const expectedStaff = Math.round(options.beds / 4);
    await copy(loader, 'staff', ['id', 'facility_id', 'name', 'role', 'hired_on', 'left_on'], expectedStaff, () => staffRows(plan));
    await copy(loader, 'staff_certificate', ['id', 'staff_id', 'kind', 'level', 'number', 'issued_on', 'valid_until'], loader.counts.staff, () => certificateRows(plan));
    const rooms = plan.facilities.reduce((a, f) => a + Math.ceil(f.beds / 4), 0);
    await copy(loader, 'room', ['id', 'facility_id', 'name', 'floor'], rooms, () => roomRows(plan));
    const beds = bedTable(plan);
    await copy(loader, 'bed', ['id', 'facility_id', 'room_id', 'code', 'setting', 'home_region_code', 'opened_on', 'closed_on', 'close_reason'], options.beds, () => bedRows(plan, beds));
    await copy(loader, 'bed_classification', ['bed_id', 'valid_from', 'valid_to', 'care_type', 'dementia_care'], options.beds * 1.15, () => classificationRows(plan, beds));
    await copy(
      loader,
      'resident',
      ['id', 'name', 'id_number_encrypted', 'id_number_hash', 'sex', 'birth_date', 'hukou_region_code', 'residence_region_code', 'categories', 'living_arrangement', 'tekun_support_mode', 'willing_centralized'],
      plan.residents,
      () => residentRows(plan, people),
    );
    const status = new Uint8Array(plan.residents);
    status.fill(NO_STAY);
    await copy(loader, 'stay', ['id', 'resident_id', 'bed_id', 'facility_id', 'admitted_on', 'discharged_on', 'discharge_reason', 'funding'], options.stays, () => stayRows(plan, beds, people, status));
    await copy(
      loader,
      'assessment',
      ['id', 'resident_id', 'instrument_code', 'instrument_version', 'reason', 'assessed_on', 'items', 'conditions', 'domain_scores', 'total', 'preliminary_level', 'adjustments', 'final_level', 'next_due_on', 'corrects_id', 'signed_at'],
      Math.round(plan.residents * 0.03 * 0.7 * 1.4),
      () => assessmentRows(plan, people),
    );
    const slots = slotsOf(plan);
    const targets = orderTargets(slots, options.orders);
    await copy(loader, 'service_slot', ['id', 'facility_id', 'service_type', 'starts_at', 'ends_at', 'capacity', 'booked', 'price_cents', 'area', 'area_prefixes', 'status'], slots.length, () =>
      slotRows(plan, slots, targets, status),
    );
    await copy(
      loader,
      'service_order',
      [
        'id',
        'slot_id',
        'resident_id',
        'facility_id',
        'service_type',
        'month',
        'status',
        'price_cents',
        'subsidy_cents',
        'self_pay_cents',
        'booked_by',
        'booked_at',
        'idempotency_key',
        'request_hash',
        'cancelled_at',
        'checked_in_at',
        'completed_at',
        'no_show_at',
        ...(withKpiColumns ? ['region_code', 'service_on'] : []),
      ],
      options.orders,
      () => orderRows(plan, slots, targets, status, people, withKpiColumns),
    );
    await copy(loader, 'visit', ['id', 'resident_id', 'visited_at', 'mode', 'outcome'], Math.round(plan.residents * 0.17 * 4), () => visitRows(plan, people, status));
    bars?.stop();
    await client.query('RESET session_replication_role');
    const vacuumStarted = performance.now();
    for (const table of Object.keys(loader.counts)) await client.query(`VACUUM ANALYZE "${table}"`);
    loader.seconds['VACUUM ANALYZE'] = (performance.now() - vacuumStarted) / 1000;
    return { counts: loader.counts, seconds: loader.seconds, totalSeconds: (performance.now() - started) / 1000 };
  } finally {
    bars?.stop();
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

function argument(args: string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1];
}

export function scaleOptionsFrom(args: string[], defaults: Partial<ScaleOptions> = {}): Omit<ScaleOptions, 'databaseUrl'> & { databaseUrl: string | undefined } {
  const number = (name: string, fallback: number) => {
    const value = argument(args, name);
    const parsed = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a whole number, not ${value}`);
    return parsed;
  };
  const stays = number('stays', defaults.stays ?? 1_000_000);
  return {
    databaseUrl: argument(args, 'database-url') ?? defaults.databaseUrl,
    facilities: number('facilities', defaults.facilities ?? 2000),
    townships: number('townships', defaults.townships ?? 1300),
    beds: number('beds', defaults.beds ?? 300_000),
    stays,
    orders: number('orders', defaults.orders ?? 5_000_000),
    month: argument(args, 'month') ?? defaults.month ?? '2026-10',
    residents: number('residents', defaults.residents ?? Math.ceil(stays * 1.25)),
    seed: number('seed', defaults.seed ?? 42),
    checkReferences: args.includes('--check-references'),
  };
}

export function formatScaleResult(result: ScaleResult): string {
  const lines = Object.entries(result.seconds).map(([table, seconds]) => {
    const count = result.counts[table];
    return `  ${table.padEnd(20)} ${count === undefined ? ''.padStart(10) : count.toLocaleString('en-US').padStart(10)} rows  ${seconds.toFixed(1).padStart(7)} s`;
  });
  return `${lines.join('\n')}\n  ${'total'.padEnd(20)} ${''.padStart(10)}       ${result.totalSeconds.toFixed(1).padStart(7)} s\n`;
}

if (require.main === module) {
  const options = scaleOptionsFrom(process.argv.slice(2));
  if (!options.databaseUrl) {
    process.stderr.write('usage: npm run seed:scale -- --database-url postgres://… [--facilities 2000] [--townships 1300] [--beds 300000] [--stays 1000000] [--orders 5000000] [--month 2026-10] [--residents N] [--seed 42]\n');
    process.exit(2);
  }
  generateScale({ ...options, databaseUrl: options.databaseUrl })
    .then((result) => process.stdout.write(`scale data set (province ${SCALE_PROVINCE} ${SCALE_PROVINCE_NAME}, month ${options.month}, seed ${options.seed}):\n${formatScaleResult(result)}`))
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
