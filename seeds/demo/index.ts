import { lastDayOf, localDateOf, markBulkLoad, monthOf, monthsBetween, PersonalDataCipher, previousMonth, shiftMonth, TIME_ZONE, today as todayInChina } from '@yiyang/core';
import { GBT_37276_2018, starLevel, type StarScores } from '@yiyang/facilities';
import type { DataSource, EntityManager } from 'typeorm';
import { buildHaicheng, buildLiangjiang, buildNingbo, buildPingliang, buildYubei, buildZhoushan, townshipsOf, YUBEI_PASSES, type AreaContext } from './areas';
import { buildAssessments } from './assessments';
import { withChecksAfterLoad } from './checks-after-load';
import { DemoModel, type AreaKey, type FacilityPlan, type StayPlan } from './model';
import { buildPeople, PEOPLE, type PlanArea } from './people';
import { loadPlanTargets } from './plan-targets';
import { buildPlaces, loadPlaces } from './places';
import { IdNumbers, Rng } from './random';
import { makeVillages, readPopulation, readRegions, type RegionRow } from './regions';
import { demoSeries, insertDemoSeries } from './extend';
import { buildServices, type OrderRow, type SlotRow, type VisitRow } from './services';
import { loadWorks } from './works';
import { loadWorkforce } from './workforce';
import { loadCommunityRecords } from './community-records';
import { loadMedicalDemo } from './medical';

export { DEMO_PUBLISHED_DAYS, extendDemoData, type ExtendDemoResult } from './extend';
export { PLAN_BASELINES, PLAN_TARGETS, loadPlanTargets } from './plan-targets';

export interface LoadDemoOptions {
  /** app_user id recorded as the booker (and check-in / completion clerk) of the demo's service orders. */
  bookedBy: string;
  log: (message: string) => void;
  /** Called as each step starts: its name, the steps done of all, and the rows written so far. */
  progress?: (step: string, done: number, total: number, rows: number) => void;
  /** The demo runs up to the month before this date (YYYY-MM-DD); default today in Asia/Shanghai. */
  today?: string;
}

export interface LoadDemoResult {
  loaded: boolean;
  counts: Record<string, number>;
  /** How long each step took (ms), to see where a slow load spends its time. */
  durationsMs: Record<string, number>;
}

/** The demo's mark: if Yubei is there, the demo (or a real region tree) is already loaded. */
export const DEMO_MARKER_REGION = '500112000000';

/** Registered (户籍) 60+ figures the plans rest on, beside the census's resident (常住) ones. */
const REGISTERED_2020 = [
  { code: '500112000000', age60: 208_200, source: '渝北区民政事业发展“十四五”规划 (002_16b7f2ef274e45db.txt): “全区60岁以上户籍老已有20.82万人,占全区户籍总人口数的19.18%”' },
  { code: '620800000000', age60: 374_000, source: 'derived: 13,616 beds / 36.4 per 1,000 (000_b81baf355e4e1f41.txt: 每千名老人拥有养老床位36.4张), not a published figure' },
];

/** Resident (常住) census figures loaded: the plan areas' cities and counties, not the provinces, 鞍山市 or 重庆市辖区. */
const PLAN_AREA_PREFIXES = ['6208', '210381', '500112', '3302', '3309'];

/** Share of open institutions passing the yearly inspection, by area (Yubei follows its plan's exact counts). */
const PASS_SHARE: Record<Exclude<AreaKey, 'yubei'>, (year: number) => number> = {
  liangjiang: () => 0.5,
  zhoushan: (y) => Math.min(0.92, 0.7 + 0.03 * (y - 2020)),
  pingliang: (y) => Math.min(0.85, 0.55 + 0.04 * (y - 2020)),
  haicheng: (y) => Math.min(0.8, 0.6 + 0.025 * (y - 2020)),
  ningbo: (y) => Math.min(0.96, 0.78 + 0.03 * (y - 2020)),
};

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江'.split('');
const GIVEN = ['婷', '丽', '敏', '静', '芳', '娟', '霞', '燕', '军', '伟', '磊', '洋', '勇', '杰', '强', '涛', '雪', '慧', '琳', '晶', '红梅', '小燕', '海燕', '晓东', '志刚', '春燕', '佳怡', '思雨', '秀兰', '建华', '丽萍', '玉珍'];
const CERTIFICATE_OF: Record<string, string> = { caregiver: 'caregiver_skill', social_worker: 'social_worker', nurse: 'nurse_license', doctor: 'doctor_license', rehab_therapist: 'other', dietitian: 'other' };

interface Plan {
  regions: RegionRow[];
  model: DemoModel;
  lastDay: string;
  slots: SlotRow[];
  orders: OrderRow[];
  visits: VisitRow[];
  visitPlans: { residentId: string; frequency: 'weekly' | 'monthly'; facilityId: string | null }[];
}

/** Everything the demo writes, worked out in memory first (deterministic apart from ids and ciphertexts). */
export function buildDemoPlan(today: string): Plan {
  const lastDay = lastDayOf(previousMonth(monthOf(today)));
  if (lastDay < '2020-12-31') throw new Error('demo: the demo runs from 2020-12; give a date in 2021 or later');
  const regions = readRegions();
  const rng = new Rng(20201231);
  const model = new DemoModel();
  const yubei = townshipsOf({ regions } as AreaContext, '500112');
  const zhoushan = ['330902', '330903', '330921', '330922'].flatMap((c) => townshipsOf({ regions } as AreaContext, c).slice(0, c === '330922' ? 1 : 3));
  const villages = [
    ...makeVillages(yubei.filter((t) => t.kind === 'street'), 3),
    ...makeVillages(yubei.filter((t) => t.kind === 'town'), 4),
    ...makeVillages(zhoushan, 4),
  ];
  const ctx: AreaContext = { model, rng, regions, villages };
  buildYubei(ctx);
  buildLiangjiang(ctx);
  buildZhoushan(ctx);
  buildPingliang(ctx);
  buildHaicheng(ctx);
  buildNingbo(ctx);
  // Nothing dated after the last day of the demo: facilities, beds, staff and ratings of the future are dropped.
  const open = model.facilities.filter((f) => f.openedOn <= lastDay);
  model.facilities.length = 0;
  model.facilities.push(...open);

  const ids = new IdNumbers();
  const services: Record<string, string[]> = {};
  for (const area of Object.keys(PEOPLE) as PlanArea[]) services[area] = buildPeople({ ...ctx, ids, lastDay }, area, model.facilities).serviceTownships;
  const staysOf = new Map<string, StayPlan[]>();
  for (const s of model.stays) staysOf.set(s.person.id, [...(staysOf.get(s.person.id) ?? []), s]);

  const last = monthOf(lastDay);
  const months = [...new Set(['2020-12', ...monthsBetween(shiftMonth(last, -11), last)])];
  const plan: Plan = { regions: [...regions, ...villages], model, lastDay, slots: [], orders: [], visits: [], visitPlans: [] };
  for (const area of Object.keys(PEOPLE) as PlanArea[]) {
    const built = buildServices(rng, area, months, services[area], model.facilities.filter((f) => f.area === area), model.people.filter((p) => p.area === area), staysOf, villages);
    plan.slots.push(...built.slots);
    plan.orders.push(...built.orders);
    plan.visits.push(...built.visits);
    plan.visitPlans.push(...built.plans);
  }
  return plan;
}

const INST_KINDS = ['institution', 'tekun_home'];

function inspections(model: DemoModel, lastDay: string) {
  const rows: { facilityId: string; year: number; on: string; passed: boolean; score: number }[] = [];
  const lastYear = Number(lastDay.slice(0, 4));
  const byArea = new Map<AreaKey, FacilityPlan[]>();
  for (const f of model.facilities.filter((x) => INST_KINDS.includes(x.base.kind))) byArea.set(f.area, [...(byArea.get(f.area) ?? []), f]);
  for (const [area, list] of byArea) {
    if (area !== 'yubei') list.forEach((f, i) => (f.qualityRank = (i * 37) % list.length));
    for (let year = 2019; year <= lastYear; year++) {
      const open = list.filter((f) => f.openedOn < `${year}-09-01`);
      const ranks = [...open].sort((a, b) => a.qualityRank - b.qualityRank);
      const passes = area === 'yubei' ? YUBEI_PASSES[year] : Math.round(PASS_SHARE[area](year) * open.length);
      ranks.forEach((f, k) => {
        const on = `${year}-${String(9 + (k % 3)).padStart(2, '0')}-${String(5 + (k % 20)).padStart(2, '0')}`;
        if (on > lastDay) return;
        const passed = area === 'yubei' ? f.qualityRank < passes : k < passes;
        rows.push({ facilityId: f.id, year, on, passed, score: passed ? 75 + ((k * 7) % 21) : 50 + ((k * 5) % 24) });
      });
    }
  }
  return rows;
}

/** GB/T 37276 section scores that earn exactly the given star level. */
function starScores(level: number, k: number): StarScores & { level: number } {
  const share = [0.3, 0.43, 0.53, 0.63, 0.83, 0.93][level] + (k % 3) * 0.01;
  const s = GBT_37276_2018.sections;
  const scores = { environment: Math.round(s.environment * share), facilities: Math.round(s.facilities * share), operations: Math.round(s.operations * share), services: Math.round(s.services * share) };
  return { ...scores, level: starLevel(scores) };
}

async function count(manager: EntityManager, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await manager.query(`WITH ins AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM ins`, params);
  return row.n;
}

/** Every table the demo writes in bulk: their foreign keys, exclusion constraints and indexes are checked after the load. */
const LOADED_TABLES = [
  'region', 'region_population', 'facility', 'facility_profile', 'room', 'bed', 'bed_classification', 'staff', 'staff_certificate', 'facility_inspection',
  'facility_star_rating', 'resident', 'resident_facility', 'assessment', 'stay', 'slot_series', 'service_slot', 'service_order', 'visit_plan', 'visit',
  'subsidy_rule', 'tekun_care_agreement', 'home_modification', 'smart_terminal', 'training_record', 'community_social_worker', 'medical_institution',
  'medical_agreement', 'kangyang_consortium', 'consortium_member', 'community_place', 'bed_commissioning', 'facility_project', 'inspection_hazard',
];

/**
 * 宁波市's home-care subsidy as the demo applies it to bookings made in the app: half the price, at most 200 元 a
 * month, for 特困, 低保 and 低保边缘 people, people of 80 and over, and the moderately disabled (level 2 and up).
 */
export const DEMO_SUBSIDY_RULES = [
  {
    regionCode: '330200000000', name: '宁波市居家养老服务补贴（演示）', ratePercent: 50, monthlyCapCents: 20_000, validFrom: '2021-01-01',
    conditions: [{ anyCategory: ['tekun', 'dibao', 'dibao_edge'] }, { minAge: 80 }, { minLevel: 2 }],
  },
];

/** The progress steps: one per `load(…)` below (the plan's targets and the map's points among them), then the constraints and indexes put back. */
const STEPS = 26;

/**
 * Loads the demo of the five plan areas in one transaction, set-based (INSERT … SELECT over unnest() and
 * generate_series(), never a statement per row; PGlite over its socket server takes no COPY FROM STDIN), so it runs
 * on embedded PGlite too; foreign keys, exclusion constraints and indexes are checked once after the inserts.
 * Idempotent: when Yubei is already there nothing is written.
 */
export async function loadDemoData(dataSource: DataSource, cipher: PersonalDataCipher, options: LoadDemoOptions): Promise<LoadDemoResult> {
  const [{ present }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM region WHERE code = $1) AS present`, [DEMO_MARKER_REGION]);
  if (present) {
    options.log(`demo: region ${DEMO_MARKER_REGION} exists already, nothing loaded`);
    return { loaded: false, counts: {}, durationsMs: {} };
  }
  const started = Date.now();
  options.progress?.('working out the demo', 0, STEPS, 0);
  const plan = buildDemoPlan(options.today ?? todayInChina());
  const { model, lastDay } = plan;
  const counts: Record<string, number> = {};
  const durationsMs: Record<string, number> = { plan: Date.now() - started };
  let step = 0;
  let rows = 0;
  const load = async (name: string, write: () => Promise<number>) => {
    options.progress?.(name.replace(/_/g, ' '), step, STEPS, rows);
    const stepStarted = Date.now();
    const n = await write();
    counts[name] = n;
    durationsMs[name] = Date.now() - stepStarted;
    rows += n;
    options.log(`demo: ${name.replace(/_/g, ' ')} ${n.toLocaleString('en-US')} in ${Date.now() - stepStarted} ms (${++step}/${STEPS})`);
  };

  await dataSource.transaction(async (m) => {
    markBulkLoad(m);
    let checksStarted = 0;
    await withChecksAfterLoad(m, LOADED_TABLES, () => loadTables(m), () => {
      options.progress?.('constraints and indexes', step, STEPS, rows);
      checksStarted = Date.now();
    });
    durationsMs.constraints_and_indexes = Date.now() - checksStarted;
    options.log(`demo: constraints and indexes checked in ${durationsMs.constraints_and_indexes} ms (${++step}/${STEPS})`);
  });
  options.log(`demo: loaded through ${lastDay} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${rows.toLocaleString('en-US')} rows`);
  return { loaded: true, counts, durationsMs };

  async function loadTables(m: EntityManager): Promise<void> {
    const regions = plan.regions;
    await load('regions', () => count(m,
      `INSERT INTO region (code, name, level, parent_code, kind, administered_by)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[], $5::text[], $6::text[])`,
      [regions.map((r) => r.code), regions.map((r) => r.name), regions.map((r) => r.level), regions.map((r) => r.parentCode), regions.map((r) => r.kind), regions.map((r) => r.administeredBy)]));

    const population = [
      ...readPopulation().filter((p) => PLAN_AREA_PREFIXES.some((prefix) => p.code.startsWith(prefix))).map((p) => ({ code: p.code, basis: 'resident', age60: p.age60, age65: p.age65 as number | null, source: p.source })),
      ...REGISTERED_2020.map((p) => ({ ...p, basis: 'registered', age65: null })),
    ];
    await load('region_population', () => count(m,
      `INSERT INTO region_population (region_code, year, basis, age60_plus, age65_plus, source)
       SELECT code, 2020, basis, age60, age65, source FROM unnest($1::varchar[], $2::text[], $3::int[], $4::int[], $5::text[]) AS p(code, basis, age60, age65, source)`,
      [population.map((p) => p.code), population.map((p) => p.basis), population.map((p) => p.age60), population.map((p) => p.age65), population.map((p) => p.source)]));

    const fs = model.facilities;
    await load('facilities', () => count(m,
      `INSERT INTO facility (id, name, region_code, opened_on) SELECT * FROM unnest($1::uuid[], $2::text[], $3::varchar[], $4::date[])`,
      [fs.map((f) => f.id), fs.map((f) => f.name), fs.map((f) => f.regionCode), fs.map((f) => f.openedOn)]));

    const periods = fs.flatMap((f) => f.periods(lastDay).map((p) => ({ ...p, facilityId: f.id })));
    const col = <K extends keyof (typeof periods)[number]>(key: K) => periods.map((p) => p[key]);
    await load('facility_profiles', () => count(m,
      `INSERT INTO facility_profile (facility_id, valid_from, valid_to, kind, ownership, operation, functions, dementia_zone, rehab_room, sunshine_kitchen,
                                     food_safety_grade, smart, video_connected, demo_centre, medical_integrated, standardized_canteen, a_grade, managed_by_facility_id)
       SELECT f, vf, vt, k, o, op, string_to_array(fn, ','), dz, rr, sk, fsg, sm, vc, dc, mi, sc, ag, mb
         FROM unnest($1::uuid[], $2::date[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::bool[], $10::bool[],
                     $11::text[], $12::bool[], $13::bool[], $14::bool[], $15::bool[], $16::bool[], $17::smallint[], $18::uuid[])
              AS p(f, vf, vt, k, o, op, fn, dz, rr, sk, fsg, sm, vc, dc, mi, sc, ag, mb)`,
      [col('facilityId'), col('validFrom'), col('validTo'), col('kind'), col('ownership'), col('operation'), periods.map((p) => p.functions.join(',')),
        col('dementiaZone'), col('rehabRoom'), col('sunshineKitchen'), col('foodSafetyGrade'), col('smart'), col('videoConnected'), col('demoCentre'),
        col('medicalIntegrated'), col('standardizedCanteen'), col('aGrade'), col('managedBy')]));

    // Bed groups and their care-type steps go into temporary tables; rooms, beds and classification periods are
    // generated from them in SQL (tens of thousands of rows without sending them one by one).
    const groups = model.bedGroups.filter((g) => g.openedOn <= lastDay && g.facility.openedOn <= lastDay);
    const indexInFacility = new Map<number, number>();
    for (const f of fs) f.bedGroups.filter((g) => g.setting !== 'home').forEach((g, i) => indexInFacility.set(g.no, i));
    await m.query(`CREATE TEMP TABLE demo_bed_group (no int PRIMARY KEY, facility_id uuid, setting text, n int, opened_on date, room_size int, home_region varchar(12), building int) ON COMMIT DROP`);
    await m.query(
      `INSERT INTO demo_bed_group SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::int[], $5::date[], $6::int[], $7::varchar[], $8::int[])`,
      [groups.map((g) => g.no), groups.map((g) => g.facility.id), groups.map((g) => g.setting), groups.map((g) => g.count), groups.map((g) => g.openedOn),
        groups.map((g) => g.roomSize), groups.map((g) => g.homeRegionCode), groups.map((g) => indexInFacility.get(g.no) ?? 0)],
    );
    const careSteps = groups.flatMap((g) => g.steps.filter((s, i) => i === 0 || (s.from > g.openedOn && s.from <= lastDay)).map((s, i) => ({ no: g.no, from: i === 0 ? g.openedOn : s.from, care: s.care, dementia: Math.min(s.dementia, s.care) })));
    await m.query(`CREATE TEMP TABLE demo_care_step (group_no int, valid_from date, care int, dementia int) ON COMMIT DROP`);
    await m.query(`INSERT INTO demo_care_step SELECT * FROM unnest($1::int[], $2::date[], $3::int[], $4::int[])`,
      [careSteps.map((s) => s.no), careSteps.map((s) => s.from), careSteps.map((s) => s.care), careSteps.map((s) => s.dementia)]);
    await m.query(
      `CREATE TEMP TABLE demo_room ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, g.no AS group_no, r.n AS room_no, g.facility_id, 1 + (r.n - 1) / 10 AS floor,
              CASE WHEN g.building > 0 THEN chr(65 + g.building) ELSE '' END || (1 + (r.n - 1) / 10)::text || lpad((1 + (r.n - 1) % 10)::text, 2, '0') AS name
         FROM demo_bed_group g CROSS JOIN LATERAL generate_series(1, ceil(g.n::numeric / g.room_size)::int) AS r(n)
        WHERE g.setting <> 'home'`,
    );
    await load('rooms', () => count(m, `INSERT INTO room (id, facility_id, name, floor) SELECT id, facility_id, name, floor FROM demo_room`));
    await m.query(
      `CREATE TEMP TABLE demo_bed ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, g.no AS group_no, b.n AS ord, r.id AS room_id,
              CASE WHEN g.setting = 'home' THEN 'H' || lpad(b.n::text, 4, '0') ELSE r.name || '-' || (1 + (b.n - 1) % g.room_size)::text END AS code
         FROM demo_bed_group g CROSS JOIN LATERAL generate_series(1, g.n) AS b(n)
         LEFT JOIN demo_room r ON r.group_no = g.no AND r.room_no = 1 + (b.n - 1) / g.room_size`,
    );
    await m.query(`CREATE INDEX ON demo_bed (group_no, ord)`);
    await load('beds', () => count(m,
      `INSERT INTO bed (id, facility_id, room_id, code, setting, home_region_code, opened_on)
       SELECT b.id, g.facility_id, b.room_id, b.code, g.setting, g.home_region, g.opened_on FROM demo_bed b JOIN demo_bed_group g ON g.no = b.group_no`));
    // A bed's classification changes only when a step moves its number across the care-type or dementia count.
    // Beds between two such counts share their history, so each run of numbers gets its merged periods here and
    // SQL fans them out to the beds: earlier periods stay as they were, later steps split them at their date.
    const runs: { no: number; lo: number; hi: number; from: string; to: string | null; care: boolean; dementia: boolean }[] = [];
    for (const g of groups.filter((x) => x.setting !== 'home')) {
      const steps = careSteps.filter((s) => s.no === g.no);
      const cuts = [...new Set([0, g.count, ...steps.flatMap((s) => [s.care, s.dementia])])].filter((c) => c >= 0 && c <= g.count).sort((a, b) => a - b);
      for (let i = 0; i + 1 < cuts.length; i++) {
        const ord = cuts[i + 1];
        let open: (typeof runs)[number] | null = null;
        for (const s of steps) {
          const care = ord <= s.care;
          const dementia = ord <= s.dementia;
          if (open && open.care === care && open.dementia === dementia) continue;
          if (open) open.to = s.from;
          open = { no: g.no, lo: cuts[i] + 1, hi: ord, from: s.from, to: null, care, dementia };
          runs.push(open);
        }
      }
    }
    await load('bed_classifications', () => count(m,
      `INSERT INTO bed_classification (bed_id, valid_from, valid_to, care_type, dementia_care)
       SELECT b.id, r.vf, r.vt, r.care, r.dementia
         FROM unnest($1::int[], $2::int[], $3::int[], $4::date[], $5::date[], $6::bool[], $7::bool[]) AS r(grp, lo, hi, vf, vt, care, dementia)
         JOIN demo_bed b ON b.group_no = r.grp AND b.ord BETWEEN r.lo AND r.hi`,
      [runs.map((r) => r.no), runs.map((r) => r.lo), runs.map((r) => r.hi), runs.map((r) => r.from), runs.map((r) => r.to), runs.map((r) => r.care), runs.map((r) => r.dementia)]));

    const staffGroups = fs.flatMap((f) => f.staff).filter((s) => s.hiredOn <= lastDay);
    await m.query(`CREATE TEMP TABLE demo_staff_group (no int, facility_id uuid, role text, n int, hired_on date, left_on date, certified_on date, first_aid_on date) ON COMMIT DROP`);
    await m.query(`INSERT INTO demo_staff_group SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::int[], $5::date[], $6::date[], $7::date[], $8::date[])`, [
      staffGroups.map((_, i) => i + 1), staffGroups.map((s) => s.facility.id), staffGroups.map((s) => s.role), staffGroups.map((s) => s.count), staffGroups.map((s) => s.hiredOn),
      staffGroups.map((s) => s.leftOn), staffGroups.map((s) => (s.certifiedOn && s.certifiedOn <= lastDay ? s.certifiedOn : null)),
      staffGroups.map((s) => (s.firstAidOn && s.firstAidOn <= lastDay ? s.firstAidOn : null)),
    ]);
    await m.query(
      `CREATE TEMP TABLE demo_staff ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, g.*, k.n AS k,
              ($1::text[])[1 + (g.no * 31 + k.n * 7) % cardinality($1::text[])] || ($2::text[])[1 + (g.no * 17 + k.n * 13) % cardinality($2::text[])] AS name
         FROM demo_staff_group g CROSS JOIN LATERAL generate_series(1, g.n) AS k(n)`,
      [SURNAMES, GIVEN],
    );
    await load('staff', () => count(m, `INSERT INTO staff (id, facility_id, name, role, hired_on, left_on) SELECT id, facility_id, name, role, hired_on, left_on FROM demo_staff`));
    const roles = Object.keys(CERTIFICATE_OF);
    await load('staff_certificates', () => count(m,
      `INSERT INTO staff_certificate (staff_id, kind, level, number, issued_on)
       SELECT s.id, c.kind, CASE WHEN c.kind = 'caregiver_skill' THEN 3 + (s.k % 3) END, NULL, s.certified_on
         FROM demo_staff s JOIN unnest($1::text[], $2::text[]) AS c(role, kind) ON c.role = s.role WHERE s.certified_on IS NOT NULL
       UNION ALL
       SELECT s.id, 'first_aid', NULL, NULL, s.first_aid_on FROM demo_staff s WHERE s.first_aid_on IS NOT NULL`,
      [roles, roles.map((r) => CERTIFICATE_OF[r])]));

    const checks = inspections(model, lastDay);
    await load('facility_inspections', () => count(m,
      `INSERT INTO facility_inspection (facility_id, year, inspected_on, passed, score) SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::date[], $4::bool[], $5::numeric[])`,
      [checks.map((c) => c.facilityId), checks.map((c) => c.year), checks.map((c) => c.on), checks.map((c) => c.passed), checks.map((c) => c.score)]));
    const ratings = fs.flatMap((f) => f.stars.filter((s) => s.ratedOn <= lastDay).map((s, k) => ({ facilityId: f.id, ratedOn: s.ratedOn, ...starScores(s.level, k) })));
    await load('facility_star_ratings', () => count(m,
      `INSERT INTO facility_star_rating (facility_id, rated_on, edition, environment, facilities, operations, services, star_level)
       SELECT f, r, $1, e, fa, o, s, l FROM unnest($2::uuid[], $3::date[], $4::numeric[], $5::numeric[], $6::numeric[], $7::numeric[], $8::smallint[]) AS x(f, r, e, fa, o, s, l)`,
      [GBT_37276_2018.edition, ratings.map((r) => r.facilityId), ratings.map((r) => r.ratedOn), ratings.map((r) => r.environment), ratings.map((r) => r.facilities),
        ratings.map((r) => r.operations), ratings.map((r) => r.services), ratings.map((r) => r.level)]));

    // Building works, safety hazards and facility flags (./works.ts), on the facilities and beds just loaded.
    Object.assign(counts, await loadWorks(m, model, lastDay));

    // Residents: 身份证 numbers encrypted and hashed exactly as ResidentsService does (purpose bound to the row id).
    const people = model.people;
    await load('residents', () => count(m,
      `INSERT INTO resident (id, name, id_number_encrypted, id_number_hash, sex, birth_date, hukou_region_code, residence_region_code, categories,
                             living_arrangement, tekun_support_mode, willing_centralized)
       SELECT id, name, enc, hash, sex, birth, hukou, home, coalesce(string_to_array(nullif(cats, ''), ','), '{}'), living, mode, willing
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::varchar[], $8::varchar[], $9::text[], $10::text[], $11::text[], $12::bool[])
              AS r(id, name, enc, hash, sex, birth, hukou, home, cats, living, mode, willing)`,
      [people.map((p) => p.id), people.map((p) => p.name), people.map((p) => cipher.encrypt(p.idNumber, `resident.id_number:${p.id}`)),
        people.map((p) => cipher.hash(p.idNumber, 'resident.id_number')), people.map((p) => p.sex), people.map((p) => p.birthDate),
        people.map((p) => p.hukouRegionCode), people.map((p) => p.residenceRegionCode), people.map((p) => p.categories.join(',')),
        people.map((p) => p.livingArrangement), people.map((p) => p.tekunSupportMode), people.map((p) => p.willingCentralized)]));
    const linked = people.filter((p) => p.facilityId);
    await m.query(`INSERT INTO resident_facility (resident_id, facility_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [linked.map((p) => p.id), linked.map((p) => p.facilityId)]);

    const assessments = buildAssessments(people, lastDay);
    await load('assessments', () => count(m,
      `INSERT INTO assessment (resident_id, instrument_code, instrument_version, reason, assessed_on, items, conditions, domain_scores, total,
                               preliminary_level, adjustments, final_level, next_due_on, signed_at)
       SELECT r, 'gbt-42195-2022', '2022', re, a, i::jsonb, c::jsonb, d::jsonb, t, pl, adj::jsonb, fl, nd, (a + time '16:00') AT TIME ZONE '${TIME_ZONE}'
         FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::smallint[], $8::smallint[], $9::text[], $10::smallint[], $11::date[])
              AS x(r, re, a, i, c, d, t, pl, adj, fl, nd)`,
      [assessments.map((a) => a.residentId), assessments.map((a) => a.reason), assessments.map((a) => a.assessedOn), assessments.map((a) => JSON.stringify(a.items)),
        assessments.map((a) => JSON.stringify(a.conditions)), assessments.map((a) => JSON.stringify(a.domainScores)), assessments.map((a) => a.total),
        assessments.map((a) => a.preliminaryLevel), assessments.map((a) => JSON.stringify(a.adjustments)), assessments.map((a) => a.finalLevel), assessments.map((a) => a.nextDueOn)]));

    const stays = model.stays.filter((s) => s.admittedOn <= lastDay);
    await load('stays', () => count(m,
      `INSERT INTO stay (resident_id, bed_id, facility_id, admitted_on, discharged_on, discharge_reason, funding)
       SELECT x.r, b.id, g.facility_id, x.a, x.d, x.why, x.f
         FROM unnest($1::uuid[], $2::int[], $3::int[], $4::date[], $5::date[], $6::text[], $7::text[]) AS x(r, grp, ord, a, d, why, f)
         JOIN demo_bed b ON b.group_no = x.grp AND b.ord = x.ord JOIN demo_bed_group g ON g.no = x.grp`,
      [stays.map((s) => s.person.id), stays.map((s) => s.group.no), stays.map((s) => s.ord), stays.map((s) => s.admittedOn),
        stays.map((s) => (s.dischargedOn && s.dischargedOn <= lastDay ? s.dischargedOn : null)), stays.map((s) => (s.dischargedOn && s.dischargedOn <= lastDay ? s.dischargeReason : null)),
        stays.map((s) => s.funding)]));

    const series = demoSeries(plan.slots);
    await load('slot_series', () => insertDemoSeries(m, [...series.values()]));
    const slots = plan.slots;
    await load('service_slots', () => count(m,
      `INSERT INTO service_slot (id, facility_id, service_type, starts_at, ends_at, capacity, booked, price_cents, area, area_prefixes, created_by, series_id)
       SELECT id, f, t, s, e, c, b, p, string_to_array(a, ','), string_to_array(ap, ','), $11, se
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::int[], $7::int[], $8::int[], $9::text[], $10::text[], $12::uuid[])
              AS x(id, f, t, s, e, c, b, p, a, ap, se)`,
      [slots.map((s) => s.id), slots.map((s) => s.facilityId), slots.map((s) => s.serviceType), slots.map((s) => s.startsAt), slots.map((s) => s.endsAt),
        slots.map((s) => s.capacity), slots.map((s) => s.booked), slots.map((s) => s.priceCents), slots.map((s) => s.area.join(',')), slots.map((s) => s.areaPrefixes.join(',')), options.bookedBy,
        slots.map((s) => series.get(s.seriesKey)!.id)]));
    // Orders take their times from their slot: booked two days before, checked in five minutes after the start,
    // completed at the end; cancelled the day before; no-shows marked half an hour in.
    const os = plan.orders;
    await load('service_orders', () => count(m,
      `INSERT INTO service_order (id, slot_id, resident_id, facility_id, service_type, month, status, price_cents, subsidy_cents, self_pay_cents, booked_by, booked_at,
                                  idempotency_key, request_hash, cancelled_at, cancelled_by, checked_in_at, checked_in_by, completed_at, completed_by, no_show_at, rating,
                                  region_code, service_on)
       SELECT x.id, s.id, x.r, s.facility_id, s.service_type, x.month, x.status, s.price_cents, x.subsidy, s.price_cents - x.subsidy, $9, s.starts_at - interval '2 days',
              x.key, x.hash,
              CASE WHEN x.status = 'cancelled' THEN s.starts_at - interval '1 day' END, CASE WHEN x.status = 'cancelled' THEN $9::uuid END,
              CASE WHEN x.status = 'completed' THEN s.starts_at + interval '5 minutes' END, CASE WHEN x.status = 'completed' THEN $9::uuid END,
              CASE WHEN x.status = 'completed' THEN s.ends_at END, CASE WHEN x.status = 'completed' THEN $9::uuid END,
              CASE WHEN x.status = 'no_show' THEN s.starts_at + interval '30 minutes' END,
              CASE WHEN x.status = 'completed' AND get_byte(decode(x.hash, 'hex'), 0) < 60 THEN 4 + get_byte(decode(x.hash, 'hex'), 1) % 2 END,
              res.residence_region_code, d.serv
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::text[], $6::int[], $7::text[], $8::text[]) AS x(id, slot, r, month, status, subsidy, key, hash)
         JOIN service_slot s ON s.id = x.slot JOIN resident res ON res.id = x.r
         CROSS JOIN LATERAL (SELECT ${localDateOf('s.starts_at')} AS serv) d`,
      [os.map((o) => o.id), os.map((o) => o.slot.id), os.map((o) => o.person.id), os.map((o) => o.month), os.map((o) => o.status), os.map((o) => o.subsidyCents),
        os.map((o) => o.key), os.map((o) => o.requestHash), options.bookedBy]));

    const vp = plan.visitPlans;
    await load('visit_plans', () => count(m,
      `INSERT INTO visit_plan (resident_id, frequency, facility_id, updated_by) SELECT r, f, fa, $4 FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS x(r, f, fa)`,
      [vp.map((v) => v.residentId), vp.map((v) => v.frequency), vp.map((v) => v.facilityId), options.bookedBy]));
    const vs = plan.visits;
    await load('visits', () => count(m,
      `INSERT INTO visit (resident_id, visited_at, mode, outcome, facility_id, visitor_id) SELECT r, t, mo, ou, f, $6 FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::uuid[]) AS x(r, t, mo, ou, f)`,
      [vs.map((v) => v.residentId), vs.map((v) => v.visitedAt), vs.map((v) => v.mode), vs.map((v) => v.outcome), vs.map((v) => v.facilityId), options.bookedBy]));

    const rules = DEMO_SUBSIDY_RULES;
    await load('subsidy_rules', () => count(m,
      `INSERT INTO subsidy_rule (region_code, name, conditions, monthly_cap_cents, rate_percent, valid_from)
       SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::int[], $5::int[], $6::date[])`,
      [rules.map((r) => r.regionCode), rules.map((r) => r.name), rules.map((r) => JSON.stringify(r.conditions)), rules.map((r) => r.monthlyCapCents),
        rules.map((r) => r.ratePercent), rules.map((r) => r.validFrom)]));
    await load('trainings_and_community_social_workers', () => loadWorkforce(m, cipher, plan.regions, lastDay));
    await load('community_records', () => loadCommunityRecords(m, cipher, lastDay));
    await load('medical_cooperation', () => loadMedicalDemo(m, lastDay));
    await load('kpi_targets_and_baselines', () => loadPlanTargets(m));
    await load('places', () => loadPlaces(m, buildPlaces(plan.regions, model.facilities), lastDay));
    // Written through its last day: every start extends it from there (./extend.ts).
    await m.query(`INSERT INTO demo_extension (extended_through, published_through) VALUES ($1, $1)`, [lastDay]);
  }
}

