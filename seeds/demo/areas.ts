import { DemoModel, FULL_FUNCTIONS, ramp, type AreaKey, type FacilityPlan, type Profile } from './model';
import type { RegionRow } from './regions';
import { Rng, split } from './random';

/**
 * The five plan areas as facilities, beds, staff and their changes over time. The 2020 stock is laid out so the
 * figures on 2020-12-31 are the plans' published baselines to the unit; what follows moves towards the 2025
 * targets at each area's own pace (some reach them, some are on track, some fall behind), always through new
 * profile periods, split bed classifications, later opening dates, hires and yearly inspections.
 */
export interface AreaContext {
  model: DemoModel;
  rng: Rng;
  regions: RegionRow[];
  villages: RegionRow[];
}

const stem = (name: string) => name.replace(/(街道|镇|乡|社区|村)$/, '');

export function townshipsOf(ctx: AreaContext, prefix: string, options: { includeAdministered?: boolean } = {}): RegionRow[] {
  return ctx.regions.filter(
    (r) => r.level === 'township' && r.code.startsWith(prefix) && r.kind !== 'other' && (options.includeAdministered || !r.administeredBy),
  );
}

const countiesOf = (ctx: AreaContext, cityPrefix: string) => ctx.regions.filter((r) => r.level === 'county' && r.code.startsWith(cityPrefix));
const villagesIn = (ctx: AreaContext, township: RegionRow) => ctx.villages.filter((v) => v.parentCode === township.code);

/** Caps each part at its bed count, handing the excess to parts with room left. */
function splitCapped(total: number, caps: number[], rng: Rng, shares: number[]): number[] {
  const out = split(total, caps.length, rng, caps.map((c, i) => c * shares[i]));
  let excess = 0;
  out.forEach((v, i) => {
    if (v > caps[i]) (excess += v - caps[i]), (out[i] = caps[i]);
  });
  for (let i = 0; excess > 0; i = (i + 1) % caps.length) if (out[i] < caps[i]) out[i]++, excess--;
  return out;
}

const INST_FUNCTIONS = ['full_time_care', 'meals', 'rehab', 'medical_care'];
const TEKUN_FUNCTIONS = ['full_time_care', 'meals', 'spiritual_comfort'];
const STATION_FUNCTIONS = ['day_care', 'meals', 'recreation'];
const MUTUAL_FUNCTIONS = ['day_care', 'recreation', 'spiritual_comfort'];

/** Caregivers and social workers of an institution, certified or not, with the dates their certificates came. */
function staffInstitution(f: FacilityPlan, rng: Rng, o: { caregivers: number; certifiedShare: number; hiredBefore: string; socialWorkers: number; laterCertified?: [string, number][] }) {
  const certified = Math.round(o.caregivers * o.certifiedShare);
  const early = rng.date('2012-01-01', o.hiredBefore);
  f.hire('caregiver', certified, early, { certifiedOn: early });
  let uncertified = o.caregivers - certified;
  for (const [on, share] of o.laterCertified ?? []) {
    const n = Math.round((o.caregivers - certified) * share);
    f.hire('caregiver', n, early, { certifiedOn: on });
    uncertified -= n;
  }
  f.hire('caregiver', uncertified, rng.date('2016-01-01', o.hiredBefore));
  f.hire('social_worker', o.socialWorkers, rng.date('2014-01-01', o.hiredBefore), { certifiedOn: o.hiredBefore });
  f.hire('nurse', Math.max(1, Math.round(f.instBeds() / 60)), rng.date('2012-01-01', o.hiredBefore), { certifiedOn: '2012-01-01' });
  f.hire('manager', 1, rng.date('2010-01-01', o.hiredBefore));
}

const CARE_DATES = ['2021-07-01', '2022-07-01', '2023-07-01', '2024-07-01', '2025-07-01'];

// ---------------------------------------------------------------------------------------------------------------
// 渝北区 Yubei: the plan's 22 镇街 (11 streets + 11 towns); the 8 streets run by 两江新区 are built apart.
// ---------------------------------------------------------------------------------------------------------------

/** Institutions passing the yearly inspection, by year: 13 of 20 in 2020 (65 %), 16 of 21 in 2025. */
export const YUBEI_PASSES: Record<number, number> = { 2019: 12, 2020: 13, 2021: 14, 2022: 15, 2023: 15, 2024: 15, 2025: 16, 2026: 17 };

export function buildYubei(ctx: AreaContext): void {
  const { model: m, rng } = ctx;
  const area: AreaKey = 'yubei';
  const all = townshipsOf(ctx, '500112');
  const streets = all.filter((t) => t.kind === 'street');
  const towns = all.filter((t) => t.kind === 'town');
  const byName = (name: string) => all.find((t) => t.name === name)!;
  const institutions: FacilityPlan[] = [];

  // 敬老院 in eight towns: 550 beds, 145 care-type.
  const tekunBeds = [80, 60, 70, 90, 60, 50, 75, 65];
  const tekunCare = [20, 15, 20, 30, 15, 10, 20, 15];
  towns.slice(0, 8).forEach((t, i) => {
    const f = m.facility(area, `${stem(t.name)}敬老院`, t.code, rng.date('2006-01-01', '2015-12-31'), { kind: 'tekun_home', ownership: 'public', operation: 'government', functions: TEKUN_FUNCTIONS });
    ramp(f.beds('institution', tekunBeds[i], { care: tekunCare[i] }), Math.round(tekunBeds[i] * 0.55), CARE_DATES);
    institutions.push(f);
  });

  // Twelve institutions: 4,450 beds, 1,401 care-type; three of them with comprehensive functions in 2020, six more
  // streets gain one (day care and home outreach added) between 2021 and 2025.
  const specs: { t: string; name: string; beds: number; care: number; target: number; pub?: 'government' | 'social'; comp?: boolean; compOn?: string; opened: string }[] = [
    { t: '双龙湖街道', name: '渝北区社会福利院', beds: 600, care: 300, target: 400, pub: 'government', comp: true, opened: '2006-05-01' },
    { t: '悦来街道', name: '悦来老年康养中心', beds: 500, care: 250, target: 320, pub: 'government', comp: true, opened: '2018-09-01' },
    { t: '两路街道', name: '渝北区老年养护院', beds: 400, care: 280, target: 340, pub: 'government', compOn: '2023-06-01', opened: '2012-03-01' },
    { t: '回兴街道', name: '回兴颐养院', beds: 450, care: 100, target: 225, comp: true, opened: '2015-06-01' },
    { t: '龙溪街道', name: '龙溪康乐养老院', beds: 380, care: 80, target: 190, compOn: '2021-09-01', opened: '2013-04-01' },
    { t: '龙山街道', name: '龙山福寿园养老中心', beds: 350, care: 70, target: 175, compOn: '2022-03-01', opened: '2016-08-01' },
    { t: '龙塔街道', name: '龙塔夕阳红养老院', beds: 320, care: 60, target: 160, compOn: '2023-01-01', opened: '2011-10-01' },
    { t: '双凤桥街道', name: '双凤桥康养院', beds: 300, care: 50, target: 150, compOn: '2024-03-01', opened: '2017-05-01' },
    { t: '王家街道', name: '王家颐和养老院', beds: 280, care: 40, target: 140, compOn: '2025-03-01', opened: '2019-01-01' },
    { t: '宝圣湖街道', name: '宝圣湖长者之家', beds: 300, care: 60, target: 150, opened: '2014-07-01' },
    { t: '仙桃街道', name: '仙桃康年养老院', beds: 320, care: 71, target: 160, opened: '2018-03-01' },
    { t: '石船镇', name: '石船山水养老院', beds: 250, care: 40, target: 125, opened: '2017-11-01' },
  ];
  for (const s of specs) {
    const f = m.facility(area, s.name, byName(s.t).code, s.opened, {
      kind: 'institution',
      ownership: s.pub ? 'public' : 'private',
      operation: s.pub ?? 'social',
      functions: s.comp ? [...FULL_FUNCTIONS, 'medical_care'] : INST_FUNCTIONS,
      rehabRoom: s.beds >= 300,
    });
    ramp(f.beds('institution', s.beds, { care: s.care }), s.target, CARE_DATES);
    if (s.compOn) f.change(s.compOn, { functions: [...FULL_FUNCTIONS, 'medical_care'] });
    institutions.push(f);
  }
  // 公建民营: the Yuelai centre goes to a social operator in mid-2022 (government-operated beds 45 % → 36 %).
  institutions.find((f) => f.name === '悦来老年康养中心')!.change('2022-07-01', { operation: 'social' });
  const airport = m.facility(area, '空港颐养中心', byName('仙桃街道').code, '2023-03-01', { kind: 'institution', ownership: 'private', operation: 'social', functions: INST_FUNCTIONS, rehabRoom: true });
  airport.beds('institution', 300, { care: 210 });
  institutions.push(airport);
  institutions.forEach((f, i) => (f.qualityRank = i < 8 ? [1, 3, 5, 8, 10, 12, 14, 17][i] : [0, 2, 4, 6, 7, 9, 11, 13, 15, 16, 18, 19, 20][i - 8]));

  // 11 镇养老服务中心 (80 community beds each), ten with comprehensive functions; Luoqi's gets them in 2021.
  const centres = towns.map((t, i) =>
    m.facility(area, `${stem(t.name)}镇养老服务中心`, t.code, rng.date('2016-03-01', '2019-12-31'), {
      kind: 'township_centre',
      ownership: 'public',
      operation: 'government',
      functions: i < 10 ? FULL_FUNCTIONS : STATION_FUNCTIONS,
      medicalIntegrated: i < 2,
    }),
  );
  centres.forEach((c) => c.beds('community', 80));
  centres[10].change('2021-06-01', { functions: FULL_FUNCTIONS });
  centres.slice(2, 6).forEach((c, i) => c.change(['2021-11-01', '2022-09-01', '2023-05-01', '2024-08-01'][i], { medicalIntegrated: true }));

  // 163 社区养老服务站: one in every urban community, 130 more at township level; 66 with beds (85 government-operated, 735 social).
  const places: { code: string; name: string; township: RegionRow }[] = [];
  for (const s of streets) for (const v of villagesIn(ctx, s)) places.push({ code: v.code, name: `${stem(v.name)}社区养老服务站`, township: s });
  for (const s of streets) for (let i = 1; i <= 5; i++) places.push({ code: s.code, name: `${stem(s.name)}街道第${i}养老服务站`, township: s });
  towns.forEach((t, ti) => {
    const n = ti < 9 ? 7 : 6;
    for (let i = 1; i <= n; i++) places.push({ code: t.code, name: `${stem(t.name)}镇第${i}社区养老服务站`, township: t });
  });
  const stations = places.slice(0, 163).map((p, i) => {
    const government = i < 17;
    const centre = centres[towns.indexOf(p.township)];
    const f = m.facility(area, p.name, p.code, rng.date('2016-01-01', '2020-10-31'), {
      kind: 'community_station',
      ownership: government || i % 2 === 0 ? 'public' : 'private',
      operation: government ? 'government' : 'social',
      functions: i % 3 === 0 ? [...STATION_FUNCTIONS, 'home_outreach'] : STATION_FUNCTIONS,
      managedBy: centre?.id ?? null,
    });
    if (i < 17) f.beds('community', 5);
    else if (i < 66) f.beds('community', 15);
    f.hire('other', 1, f.openedOn);
    return f;
  });
  // 中心带站: stations of five streets come under the street's institution in 2023.
  for (const s of streets.slice(0, 5)) {
    const lead = institutions.find((f) => f.township === s.code);
    if (lead) stations.filter((f) => f.township === s.code).forEach((f) => f.change('2023-01-01', { managedBy: lead.id }));
  }
  for (let i = 0; i < 20; i++) {
    const t = towns[i % towns.length];
    m.facility(area, `${stem(t.name)}镇新建养老服务站${Math.floor(i / towns.length) + 1}`, t.code, rng.date('2021-03-01', '2025-10-31'), {
      kind: 'community_station', ownership: 'public', operation: 'social', functions: STATION_FUNCTIONS, managedBy: centres[i % towns.length].id,
    }).hire('other', 1, '2021-03-01');
  }

  // 村级互助养老点: 63 in 2020 (30 of the 44 villages), every village by mid-2022, 101 by the end of 2024.
  const villages = towns.flatMap((t) => villagesIn(ctx, t));
  const mutual = (code: string, name: string, opened: string) =>
    m.facility(area, name, code, opened, { kind: 'mutual_aid', ownership: 'public', operation: 'social', functions: MUTUAL_FUNCTIONS }).hire('other', 1, opened);
  villages.slice(0, 30).forEach((v) => mutual(v.code, `${stem(v.name)}村互助养老点`, rng.date('2017-01-01', '2020-09-30')));
  for (let i = 0; i < 33; i++) mutual(towns[i % 11].code, `${stem(towns[i % 11].name)}镇互助养老点${Math.floor(i / 11) + 1}`, rng.date('2017-01-01', '2020-09-30'));
  villages.slice(30).forEach((v) => mutual(v.code, `${stem(v.name)}村互助养老点`, rng.date('2021-03-01', '2022-06-15')));
  for (let i = 0; i < 24; i++) mutual(towns[i % 11].code, `${stem(towns[i % 11].name)}镇互助养老点${Math.floor(i / 11) + 4}`, rng.date('2023-01-01', '2024-12-15'));

  // Staff: 70 % of caregivers certified in 2020, more certified in 2022 and 2024; 200 new certified caregivers 2021–2025.
  for (const f of institutions) {
    staffInstitution(f, rng, {
      caregivers: Math.round(f.instBeds() / 10),
      certifiedShare: 0.7,
      hiredBefore: f.openedOn > '2020-06-30' ? f.openedOn : '2020-06-30',
      socialWorkers: Math.round(f.instBeds() / 170),
      laterCertified: [['2022-06-01', 0.5], ['2024-06-01', 0.3]],
    });
    f.hire('social_worker', Math.round(f.instBeds() / 220), '2024-01-02', { certifiedOn: '2024-01-02' });
  }
  for (let q = 0; q < 20; q++) {
    const on = `${2021 + Math.floor(q / 4)}-${String((q % 4) * 3 + 1).padStart(2, '0')}-0${1 + (q % 7)}`;
    institutions[q % 20].hire('caregiver', 10, on, { certifiedOn: on, firstAidOn: q % 2 ? on : null });
  }
  centres.forEach((c) => c.hire('caregiver', 4, '2019-06-01', { certifiedOn: '2019-06-01' }).hire('social_worker', 1, '2020-03-01', { certifiedOn: '2020-03-01' }));
  // Home beds (家庭养老床位) supported by the town centres from 2022.
  centres.slice(0, 6).forEach((c, i) => c.beds('home', 10 + i * 4, { openedOn: `202${2 + (i % 3)}-0${3 + i}-01`, homeRegionCode: villagesIn(ctx, towns[i])[0].code }));
}

/** Yubei's streets run by 两江新区: real facilities, left out of every Yubei figure. */
export function buildLiangjiang(ctx: AreaContext): void {
  const { model: m, rng } = ctx;
  const streets = townshipsOf(ctx, '500112', { includeAdministered: true }).filter((t) => t.administeredBy);
  const a = m.facility('liangjiang', '鸳鸯颐康养老院', streets[0].code, '2015-09-01', { kind: 'institution', ownership: 'private', operation: 'social', functions: [...FULL_FUNCTIONS, 'medical_care'] });
  a.beds('institution', 300, { care: 120 });
  const b = m.facility('liangjiang', '礼嘉悦年华养老中心', streets.find((s) => s.name === '礼嘉街道')!.code, '2017-04-01', { kind: 'institution', ownership: 'public', operation: 'government', functions: INST_FUNCTIONS });
  b.beds('institution', 200, { care: 90 });
  for (const f of [a, b]) staffInstitution(f, rng, { caregivers: 25, certifiedShare: 0.8, hiredBefore: '2019-12-31', socialWorkers: 2 });
  streets.slice(1, 5).forEach((s) => m.facility('liangjiang', `${stem(s.name)}街道社区养老服务站`, s.code, '2019-05-01', { kind: 'community_station', ownership: 'public', operation: 'social', functions: STATION_FUNCTIONS }).beds('community', 10));
}

// ---------------------------------------------------------------------------------------------------------------
// 舟山市 Zhoushan: 86 institutions with 10,635 beds (5,424 care-type), 8,149 community beds, 262 照料中心,
// 29 demo centres, 461 certified caregivers, half of the public facilities run by social operators.
// ---------------------------------------------------------------------------------------------------------------

export function buildZhoushan(ctx: AreaContext): void {
  const { model: m, rng } = ctx;
  const area: AreaKey = 'zhoushan';
  const counties = ['330902', '330903', '330921', '330922'];
  const tekunPer = [10, 8, 6, 4];
  const instPer = [24, 20, 10, 4];
  const institutions: FacilityPlan[] = [];
  const kinds: ('tekun_home' | 'institution')[] = [];
  const homes: { county: string; kind: 'tekun_home' | 'institution'; township: RegionRow; n: number }[] = [];
  counties.forEach((c, ci) => {
    const ts = townshipsOf(ctx, c);
    const rural = ts.filter((t) => t.kind !== 'street');
    for (let i = 0; i < tekunPer[ci]; i++) homes.push({ county: c, kind: 'tekun_home', township: rural[i % rural.length], n: i });
    for (let i = 0; i < instPer[ci]; i++) homes.push({ county: c, kind: 'institution', township: ts[i % ts.length], n: i });
  });
  const weights = homes.map((h) => (h.kind === 'tekun_home' ? 0.45 : 1.0 + rng.next() * 0.9));
  const beds = split(10_635, homes.length, rng, weights);
  const care = splitCapped(5_424, beds, rng, homes.map(() => 0.35 + rng.next() * 0.3));
  let publicInstitutions = 0;
  const HOME_NAMES = ['福利院', '颐养院', '康养中心', '老年公寓', '护理院', '养老院', '安养院', '乐龄园'];
  homes.forEach((h, i) => {
    const isPublic = h.kind === 'tekun_home' || publicInstitutions < 22;
    if (h.kind === 'institution' && isPublic) publicInstitutions++;
    const name = h.kind === 'tekun_home' ? `${stem(h.township.name)}敬老院` : `${stem(h.township.name)}${HOME_NAMES[(h.n + i) % HOME_NAMES.length]}${h.n >= HOME_NAMES.length ? h.n : ''}`;
    const f = m.facility(area, name, h.township.code, rng.date('2005-01-01', '2019-06-30'), {
      kind: h.kind,
      ownership: isPublic ? 'public' : 'private',
      operation: isPublic ? 'government' : 'social',
      functions: h.kind === 'tekun_home' ? TEKUN_FUNCTIONS : INST_FUNCTIONS,
      rehabRoom: beds[i] >= 100 && rng.chance(0.6),
      sunshineKitchen: rng.chance(0.4),
      foodSafetyGrade: rng.pick(['A', 'B', 'B', 'C'] as const),
    });
    const dementia = i === 30 ? 80 : i === 31 || i === 40 ? 20 : 0;
    const g = f.beds('institution', beds[i], { care: Math.max(care[i], dementia), dementia });
    ramp(g, Math.round(beds[i] * 0.585), ['2021-07-01', '2022-03-01', '2023-07-01', '2024-07-01', '2025-07-01'], [0.35, 0.7, 0.8, 0.9, 1], h.kind === 'institution' && beds[i] >= 120 ? Math.round(beds[i] * 0.06) + dementia : dementia);
    institutions.push(f);
    kinds.push(h.kind);
  });
  // Keep the published care-type total exact even where a dementia unit forced a group's count up.
  const excess = institutions.reduce((s, f) => s + f.bedGroups[0].steps[0].care, 0) - 5_424;
  for (let i = 0, left = excess; left > 0; i++) {
    const step = institutions[i].bedGroups[0].steps[0];
    if (step.care > step.dementia) step.care--, left--;
  }
  // One smart institution per county by 2022 (a target of the plan); the first county had one already.
  counties.forEach((c, ci) => institutions.find((f) => f.county === `${c}000000` && f.base.kind === 'institution')!.change(ci === 0 ? '2019-01-01' : `2021-0${3 + ci * 2}-01`, { smart: true }));

  const later = [
    m.facility(area, '长峙岛禾仁颐养院', townshipsOf(ctx, '330902')[0].code, '2022-05-01', { kind: 'institution', ownership: 'public', operation: 'social', functions: [...INST_FUNCTIONS, 'day_care'], rehabRoom: true, smart: true }),
    m.facility(area, '定海区城西社会福利中心', townshipsOf(ctx, '330902')[1].code, '2023-09-01', { kind: 'institution', ownership: 'public', operation: 'government', functions: INST_FUNCTIONS, rehabRoom: true }),
  ];
  later[0].beds('institution', 300, { care: 180, dementia: 40 });
  later[1].beds('institution', 200, { care: 130, dementia: 20 });

  // Township home-care centres in all 36 townships: 29 demo centres in 2020, all of them by the end of 2021.
  const townships = counties.flatMap((c) => townshipsOf(ctx, c));
  const centreBeds = split(2_790, townships.length, rng);
  const centres = townships.map((t, i) => {
    const f = m.facility(area, `${stem(t.name)}居家养老服务中心`, t.code, rng.date('2015-01-01', '2019-12-31'), {
      kind: 'township_centre', ownership: 'public', operation: 'government',
      functions: ['day_care', 'home_outreach', 'meals', 'rehab', 'recreation'], demoCentre: i < 29, videoConnected: i < 10,
    });
    f.beds('community', centreBeds[i]);
    f.hire('caregiver', 3, '2019-09-01').hire('other', 2, f.openedOn);
    if (i >= 29) f.change(i === 29 ? '2021-05-01' : '2021-10-01', { demoCentre: true });
    if (i >= 10) f.change(`2022-0${1 + (i % 5)}-01`, { videoConnected: true });
    return f;
  });
  // 262 照料中心 (community stations), 120 of them with beds.
  const stationBeds = split(8_149 - 2_790, 120, rng);
  const stations = Array.from({ length: 262 }, (_, i) => {
    const t = townships[i % townships.length];
    const vs = villagesIn(ctx, t);
    const code = vs.length ? vs[Math.floor(i / townships.length) % vs.length].code : t.code;
    const f = m.facility(area, `${stem(t.name)}第${Math.floor(i / townships.length) + 1}居家养老服务照料中心`, code, rng.date('2012-01-01', '2020-08-31'), {
      kind: 'community_station', ownership: i < 238 ? 'public' : 'private', operation: i < 238 ? 'government' : 'social', functions: STATION_FUNCTIONS,
    });
    if (i < 120) f.beds('community', stationBeds[i]);
    f.hire('other', 1, f.openedOn);
    return f;
  });
  // 公建民营率 50 %: 162 of the 324 public facilities run by social operators.
  const toSocial = (list: FacilityPlan[], n: number) => list.filter((f) => f.base.ownership === 'public').slice(0, n).forEach((f) => (f.base.operation = 'social'));
  toSocial(institutions.filter((_, i) => kinds[i] === 'tekun_home'), 14);
  toSocial(institutions.filter((_, i) => kinds[i] === 'institution'), 12);
  toSocial(centres, 22);
  toSocial(stations, 114);

  // Caregivers: 461 certified in 2020 (16 per 10,000), 585 at the end of 2022 (20.3), 700 at the end of 2025 (24.3).
  const all = [...institutions];
  const certified = split(461, all.length, rng, all.map((f) => f.instBeds()));
  const social = split(90, all.length, rng, all.map((f) => f.instBeds()));
  all.forEach((f, i) => {
    const early = rng.date('2012-01-01', '2019-12-31');
    const fa = Math.round(certified[i] * 0.35);
    const fa2 = Math.round(certified[i] * 0.3);
    f.hire('caregiver', fa, early, { certifiedOn: early, firstAidOn: early });
    f.hire('caregiver', fa2, early, { certifiedOn: early, firstAidOn: '2024-05-01' });
    f.hire('caregiver', certified[i] - fa - fa2, early, { certifiedOn: early });
    f.hire('caregiver', Math.round(f.instBeds() / 90), rng.date('2017-01-01', '2020-06-30'));
    f.hire('social_worker', social[i], rng.date('2014-01-01', '2020-06-30'), { certifiedOn: '2016-01-01' });
    f.hire('nurse', Math.max(1, Math.round(f.instBeds() / 80)), '2015-03-01', { certifiedOn: '2015-03-01' }).hire('manager', 1, f.openedOn);
  });
  const hires = (total: number, from: string, to: string) =>
    split(total, 12, rng).forEach((n, k) => {
      const on = rng.date(from, to);
      all[(k * 7) % all.length].hire('caregiver', n, on, { certifiedOn: on, firstAidOn: k % 5 < 3 ? on : null });
    });
  hires(124, '2021-01-04', '2022-12-15');
  hires(115, '2023-01-04', '2025-12-15');
  hires(40, '2026-01-05', '2026-10-30');
  split(60, 10, rng).forEach((n, k) => all[(k * 5) % all.length].hire('social_worker', n, '2023-03-01', { certifiedOn: '2023-03-01' }));
  split(40, 10, rng).forEach((n, k) => all[(k * 3 + 1) % all.length].hire('social_worker', n, '2025-03-03', { certifiedOn: '2025-03-03' }));
  later.forEach((f) => staffInstitution(f, rng, { caregivers: 20, certifiedShare: 1, hiredBefore: f.openedOn, socialWorkers: 4 }));
}

// ---------------------------------------------------------------------------------------------------------------
// 平凉市 Pingliang: 13,616 beds of all kinds (9,400 in institutions, 4,216 in centres and day-care centres),
// 410 社区日间照料中心, comprehensive township centres built 2021–2026 towards half of the townships.
// ---------------------------------------------------------------------------------------------------------------

export function buildPingliang(ctx: AreaContext): void {
  const { model: m, rng } = ctx;
  const area: AreaKey = 'pingliang';
  const counties = countiesOf(ctx, '6208');
  const townships = counties.flatMap((c) => townshipsOf(ctx, c.code.slice(0, 6)));
  const rural = townships.filter((t) => t.kind !== 'street');
  const institutions: FacilityPlan[] = [];
  const tekunBeds = split(3_850, 55, rng);
  tekunBeds.forEach((n, i) => {
    const t = rural[(i * 2) % rural.length];
    const f = m.facility(area, `${stem(t.name)}${i % 7 === 0 ? '中心' : ''}敬老院`, t.code, rng.date('2006-01-01', '2017-12-31'), { kind: 'tekun_home', ownership: 'public', operation: i % 4 === 0 ? 'social' : 'government', functions: TEKUN_FUNCTIONS });
    ramp(f.beds('institution', n, { care: Math.round(n * 0.3) }), Math.round(n * 0.45), CARE_DATES);
    institutions.push(f);
  });
  const instBeds = split(5_550, 28, rng);
  const NAMES = ['老年养护院', '社会福利院', '颐养中心', '老年公寓', '康养院', '养老服务中心', '福寿园'];
  instBeds.forEach((n, i) => {
    const c = counties[i % counties.length];
    const ts = townshipsOf(ctx, c.code.slice(0, 6));
    const f = m.facility(area, `${c.name}${NAMES[Math.floor(i / counties.length) % NAMES.length]}`, ts[0].code, rng.date('2008-01-01', '2019-10-31'), {
      kind: 'institution', ownership: i < 12 ? 'public' : 'private', operation: i < 8 ? 'government' : 'social', functions: INST_FUNCTIONS, rehabRoom: n >= 200,
    });
    ramp(f.beds('institution', n, { care: Math.round(n * 0.42) }), Math.round(n * 0.52), CARE_DATES);
    institutions.push(f);
  });
  const centreBeds = split(1_200, 20, rng);
  const centreTownships = rng.shuffle(townships);
  centreBeds.forEach((n, i) => {
    const t = centreTownships[i];
    m.facility(area, `${stem(t.name)}综合养老服务中心`, t.code, rng.date('2016-01-01', '2020-06-30'), { kind: 'township_centre', ownership: 'public', operation: 'government', functions: FULL_FUNCTIONS })
      .hire('caregiver', 3, '2019-03-01', { certifiedOn: '2019-03-01' })
      .beds('community', n);
  });
  // 51 comprehensive centres planned (专栏3): 32 built by the end of 2025, four more in 2026 — behind the 50 % target.
  for (let i = 0; i < 36; i++) {
    const t = centreTownships[20 + i];
    const opened = i < 32 ? rng.date('2021-04-01', '2025-11-30') : rng.date('2026-02-01', '2026-10-31');
    m.facility(area, `${stem(t.name)}综合养老服务中心`, t.code, opened, { kind: 'township_centre', ownership: 'public', operation: i % 3 === 0 ? 'social' : 'government', functions: FULL_FUNCTIONS })
      .hire('caregiver', 2, opened, { certifiedOn: opened })
      .beds('community', 30);
  }
  const stationBeds = split(3_016, 300, rng);
  for (let i = 0; i < 450; i++) {
    const t = townships[i % townships.length];
    const opened = i < 410 ? rng.date('2014-01-01', '2020-09-30') : rng.date('2021-03-01', '2025-09-30');
    const f = m.facility(area, `${stem(t.name)}第${Math.floor(i / townships.length) + 1}老年人日间照料中心`, t.code, opened, { kind: 'community_station', ownership: 'public', operation: i % 5 === 0 ? 'government' : 'social', functions: STATION_FUNCTIONS });
    if (i < 300) f.beds('community', stationBeds[i]);
    f.hire('other', 1, opened);
  }
  for (const f of institutions) {
    staffInstitution(f, rng, { caregivers: Math.round(f.instBeds() / 12), certifiedShare: 0.5, hiredBefore: '2020-05-31', socialWorkers: f.instBeds() >= 150 ? 1 : 0, laterCertified: [['2023-04-01', 0.4]] });
  }
  split(150, 15, rng).forEach((n, k) => {
    const on = rng.date('2021-02-01', '2026-10-31');
    institutions[(k * 11) % institutions.length].hire('caregiver', n, on, { certifiedOn: on });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 海城市 Haicheng: 144 农村幸福院, three 区域性养老服务中心, the 海西新城社会福利中心, 敬老院 and private homes.
// ---------------------------------------------------------------------------------------------------------------

export function buildHaicheng(ctx: AreaContext): void {
  const { model: m, rng } = ctx;
  const area: AreaKey = 'haicheng';
  const townships = townshipsOf(ctx, '210381');
  const towns = townships.filter((t) => t.kind === 'town');
  const streets = townships.filter((t) => t.kind === 'street');
  const named = (name: string) => townships.find((t) => t.name === name) ?? towns[0];
  const institutions: FacilityPlan[] = [];
  ['析木镇', '牛庄镇', '腾鳌镇'].forEach((name, i) => {
    const t = named(name);
    m.facility(area, `${stem(t.name)}区域性养老服务中心`, t.code, ['2017-06-01', '2018-09-01', '2019-05-01'][i], { kind: 'township_centre', ownership: 'public', operation: 'government', functions: FULL_FUNCTIONS })
      .hire('caregiver', 8, '2019-06-01', { certifiedOn: '2019-06-01' })
      .beds('community', [120, 100, 80][i]);
  });
  ['感王镇', '西柳镇'].forEach((name, i) => {
    const t = named(name);
    m.facility(area, `${stem(t.name)}区域性养老服务中心`, t.code, ['2023-05-01', '2024-09-01'][i], { kind: 'township_centre', ownership: 'public', operation: 'social', functions: FULL_FUNCTIONS })
      .hire('caregiver', 5, '2023-05-01', { certifiedOn: '2023-05-01' })
      .beds('community', 60);
  });
  const welfare = m.facility(area, '海西新城社会福利中心', streets[0].code, '2019-10-01', { kind: 'institution', ownership: 'public', operation: 'government', functions: [...INST_FUNCTIONS, 'recreation'], rehabRoom: true });
  ramp(welfare.beds('institution', 300, { care: 120 }), 180, CARE_DATES);
  institutions.push(welfare);
  split(800, 12, rng).forEach((n, i) => {
    const t = towns[(i * 3) % towns.length];
    const f = m.facility(area, `${stem(t.name)}敬老院`, t.code, rng.date('2004-01-01', '2014-12-31'), { kind: 'tekun_home', ownership: 'public', operation: 'government', functions: TEKUN_FUNCTIONS });
    ramp(f.beds('institution', n, { care: Math.round(n * 0.25) }), Math.round(n * 0.4), CARE_DATES);
    institutions.push(f);
  });
  split(3_400, 30, rng).forEach((n, i) => {
    const t = townships[i % townships.length];
    const f = m.facility(area, `海城市${stem(t.name)}${['颐养院', '老年公寓', '康乐园', '养老院'][i % 4]}`, t.code, rng.date('2010-01-01', '2020-05-31'), { kind: 'institution', ownership: 'private', operation: 'social', functions: INST_FUNCTIONS });
    ramp(f.beds('institution', n, { care: Math.round(n * 0.35) }), Math.round(n * 0.45), CARE_DATES);
    institutions.push(f);
  });
  for (let i = 0; i < 164; i++) {
    const t = towns[i % towns.length];
    const opened = i < 144 ? rng.date('2014-01-01', '2020-10-31') : rng.date('2021-04-01', '2024-10-31');
    m.facility(area, `${stem(t.name)}第${Math.floor(i / towns.length) + 1}农村幸福院`, t.code, opened, { kind: 'mutual_aid', ownership: 'public', operation: 'social', functions: MUTUAL_FUNCTIONS }).hire('other', 1, opened);
  }
  for (let i = 0; i < 40; i++) {
    const t = streets[i % streets.length];
    const f = m.facility(area, `${stem(t.name)}街道第${Math.floor(i / streets.length) + 1}社区居家养老服务站`, t.code, rng.date('2015-01-01', '2020-08-31'), { kind: 'community_station', ownership: 'public', operation: 'social', functions: [...STATION_FUNCTIONS, 'home_outreach'] });
    if (i < 15) f.beds('community', 8);
    f.hire('other', 1, f.openedOn);
  }
  for (const f of institutions) staffInstitution(f, rng, { caregivers: Math.round(f.instBeds() / 10), certifiedShare: 0.55, hiredBefore: '2020-04-30', socialWorkers: f.instBeds() >= 200 ? 1 : 0, laterCertified: [['2022-10-01', 0.3]] });
}

// ---------------------------------------------------------------------------------------------------------------
// 宁波市 Ningbo: a plausible city (the plan publishes no baselines): ~17,000 institution beds, a centre in every
// township, 5A centres, canteens with food-safety grades, dementia zones, star ratings, smart institutions.
// ---------------------------------------------------------------------------------------------------------------

/** Shares of Ningbo's institutions at 5★, 4★, 3★, 2★, 1★ by rating year (the rest unrated). */
export const NINGBO_STAR_SHARES = { 2019: [0, 0.01, 0.1, 0.45, 0.2], 2023: [0.005, 0.02, 0.16, 0.55, 0.15], 2025: [0.01, 0.025, 0.2, 0.6, 0.1] };

export function buildNingbo(ctx: AreaContext): void {
  const { model: m, rng } = ctx;
  const area: AreaKey = 'ningbo';
  const counties = countiesOf(ctx, '3302');
  const townships = counties.flatMap((c) => townshipsOf(ctx, c.code.slice(0, 6)));
  const rural = townships.filter((t) => t.kind !== 'street');
  const institutions: FacilityPlan[] = [];
  split(2_400, 40, rng).forEach((n, i) => {
    const t = rural[(i * 3) % rural.length];
    const f = m.facility(area, `${stem(t.name)}敬老院`, t.code, rng.date('2005-01-01', '2016-12-31'), {
      kind: 'tekun_home', ownership: 'public', operation: i % 3 === 0 ? 'government' : 'social', functions: TEKUN_FUNCTIONS, foodSafetyGrade: rng.pick(['A', 'B', 'B', 'C'] as const), sunshineKitchen: rng.chance(0.35),
    });
    ramp(f.beds('institution', n, { care: Math.round(n * 0.5) }), Math.round(n * 0.62), CARE_DATES);
    institutions.push(f);
  });
  const NAMES = ['颐养院', '护理院', '康养中心', '老年公寓', '福利院', '颐乐园', '长者之家', '乐龄苑', '养老院', '安康苑'];
  split(15_000, 150, rng).forEach((n, i) => {
    const t = townships[(i * 7) % townships.length];
    const isPublic = i < 45;
    const f = m.facility(area, `${stem(t.name)}${NAMES[i % NAMES.length]}${i >= townships.length ? '二部' : ''}`, t.code, rng.date('2006-01-01', '2019-12-31'), {
      kind: 'institution', ownership: isPublic ? 'public' : 'private', operation: isPublic && i % 2 === 0 ? 'government' : 'social',
      functions: i % 6 === 0 ? [...FULL_FUNCTIONS, 'medical_care'] : INST_FUNCTIONS, rehabRoom: n >= 100 && rng.chance(0.6), dementiaZone: isPublic && i % 3 === 0,
      sunshineKitchen: rng.chance(0.35), foodSafetyGrade: rng.pick(['A', 'A', 'B', 'B', 'C'] as const),
    });
    const dementia = isPublic ? Math.round(n * 0.03) : Math.round(n * 0.02);
    ramp(f.beds('institution', n, { care: Math.round(n * 0.57), dementia }), Math.round(n * 0.67), CARE_DATES, undefined, isPublic ? Math.round(n * 0.095) : Math.round(n * 0.08));
    institutions.push(f);
  });
  // Dementia zones in every public institution, rehab rooms in every one of 100+ beds, sunshine kitchens, better
  // food-safety grades: each a new profile period from its date.
  institutions.forEach((f, i) => {
    const on = rng.date('2021-03-01', '2025-05-31');
    const patch: Partial<Profile> = {};
    if (f.base.kind === 'institution' && f.base.ownership === 'public' && !f.base.dementiaZone) patch.dementiaZone = true;
    if (f.instBeds() >= 100 && !f.base.rehabRoom) patch.rehabRoom = true;
    if (!f.base.sunshineKitchen && i % 11 !== 0) patch.sunshineKitchen = true;
    if (f.base.foodSafetyGrade === 'C' && i % 7 !== 0) patch.foodSafetyGrade = 'B';
    if (Object.keys(patch).length) f.change(on, patch);
  });
  // Smart institutions: one per county in 2020, four per county by 2025 except one county with three.
  counties.forEach((c, ci) => {
    const own = institutions.filter((f) => f.county === c.code && f.base.kind === 'institution');
    own.slice(0, ci === 9 ? 3 : 4).forEach((f, k) => f.change(k === 0 ? '2019-06-01' : rng.date('2021-06-01', '2025-10-31'), { smart: true }));
  });
  // Star ratings (GB/T 37276) in 2019, 2023 and 2025; public institutions first in line.
  const ranked = [...institutions].sort((a, b) => Number(b.base.ownership === 'public' && b.base.kind === 'institution') - Number(a.base.ownership === 'public' && a.base.kind === 'institution'));
  ranked.forEach((f, r) => {
    const q = (r + 0.5) / ranked.length;
    for (const [year, shares] of Object.entries(NINGBO_STAR_SHARES)) {
      // shares[0] is the 5★ share: the best-ranked go first, the rest stay unrated.
      let acc = 0;
      let level = 0;
      shares.forEach((share, k) => {
        acc += share;
        if (!level && q < acc) level = 5 - k;
      });
      if (level) f.stars.push({ ratedOn: `${year}-09-${String(10 + (r % 15)).padStart(2, '0')}`, level });
    }
  });
  // A centre in every township (5A: 8 in 2020, 32 by the end of 2025) and 300 community stations.
  const centreBeds = split(3_120, townships.length, rng);
  const fiveA = [...Array(8).fill('2019-10-01'), ...Array(8).fill('2022-10-01'), ...Array(10).fill('2024-10-01'), ...Array(6).fill('2025-10-01')];
  const centres = townships.map((t, i) => {
    const f = m.facility(area, `${stem(t.name)}居家养老服务中心`, t.code, rng.date('2014-01-01', '2019-06-30'), {
      kind: 'township_centre', ownership: 'public', operation: i % 10 < 7 ? 'social' : 'government',
      functions: i % 4 === 0 ? FULL_FUNCTIONS : ['day_care', 'home_outreach', 'meals', 'rehab', 'recreation'], aGrade: i % 2 ? 4 : 3, medicalIntegrated: i % 5 === 0,
    });
    f.beds('community', centreBeds[i]);
    f.hire('caregiver', 2, '2019-03-01', { certifiedOn: '2019-03-01' }).hire('social_worker', 1, '2019-03-01', { certifiedOn: '2019-03-01' });
    return f;
  });
  rng.shuffle(centres).slice(0, fiveA.length).forEach((f, k) => (fiveA[k] === '2019-10-01' ? (f.base.aGrade = 5) : f.change(fiveA[k], { aGrade: 5 })));
  const stationBeds = split(1_500, 100, rng);
  for (let i = 0; i < 300; i++) {
    const t = townships[i % townships.length];
    const f = m.facility(area, `${stem(t.name)}第${Math.floor(i / townships.length) + 1}社区居家养老服务站`, t.code, rng.date('2013-01-01', '2020-09-30'), {
      kind: 'community_station', ownership: 'public', operation: 'social', functions: STATION_FUNCTIONS, managedBy: centres[i % centres.length].id,
    });
    if (i < 100) f.beds('community', stationBeds[i]);
  }
  // 老年食堂: 140 in 2020 (60 standardised), 320 by the end of 2025 (305 standardised).
  for (let i = 0; i < 320; i++) {
    const t = townships[(i * 5) % townships.length];
    const opened = i < 140 ? rng.date('2016-01-01', '2020-10-31') : rng.date('2021-02-01', '2025-11-30');
    const f = m.facility(area, `${stem(t.name)}老年食堂${i >= townships.length ? Math.floor(i / townships.length) + 1 : ''}`, t.code, opened, {
      kind: 'canteen', ownership: i % 3 === 0 ? 'private' : 'public', operation: 'social', functions: ['meals'], standardizedCanteen: i < 60,
      foodSafetyGrade: rng.pick(['A', 'B', 'B', 'C'] as const),
    });
    if (i >= 60 && i < 305) f.change(opened > '2021-01-01' ? opened : rng.date('2021-03-01', '2025-09-30'), { standardizedCanteen: true, foodSafetyGrade: i % 9 ? 'A' : 'B' });
    f.hire('dietitian', 1, opened);
  }
  // Caregivers: 3,400 certified in 2020 (20 per 10,000), 1,200 more by 2025 — behind the 30 per 10,000 target.
  const certified = split(3_400, institutions.length, rng, institutions.map((f) => f.instBeds()));
  institutions.forEach((f, i) => {
    const early = rng.date('2012-01-01', '2019-12-31');
    f.hire('caregiver', certified[i], early, { certifiedOn: early, firstAidOn: i % 2 ? early : null });
    f.hire('caregiver', Math.round(f.instBeds() / 30), rng.date('2016-01-01', '2020-06-30'));
    f.hire('social_worker', Math.max(1, Math.round(f.instBeds() / 48)), rng.date('2014-01-01', '2020-06-30'), { certifiedOn: '2016-01-01' });
    f.hire('nurse', Math.max(1, Math.round(f.instBeds() / 60)), '2015-03-01', { certifiedOn: '2015-03-01' }).hire('manager', 1, f.openedOn);
  });
  split(1_200, 40, rng).forEach((n, k) => {
    const on = rng.date('2021-01-04', '2025-12-15');
    institutions[(k * 13) % institutions.length].hire('caregiver', n, on, { certifiedOn: on, firstAidOn: on });
  });
}
