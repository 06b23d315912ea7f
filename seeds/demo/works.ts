import { addDays, addMonths, monthsBetween, monthOf } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { AreaKey, DemoModel, FacilityPlan } from './model';

/**
 * The demo's building works and safety findings (issue 18), worked out from the model and the loaded beds so the
 * indicators beds_new_or_rebuilt, tekun_facility_upgrade (and .projects), major_safety_hazard_rectification_rate,
 * assistive_device_disinfection_site and international_exchange_platform_facilities have values:
 *
 * - every 养老服务床位 opened since 2021 is a new build (新建) commissioned on its opening day; in about one
 *   institution in three, a tenth of the beds that stood before 2021 (chosen by their code) were rebuilt in place
 *   (改建) on one day of the plan period, the institutions' days spread over the months;
 * - 特困 homes: 舟山 upgrades every home by 2022 (完成全市敬老院提升改造), 平凉 completes 26 upgrade projects
 *   (消防安全等改造提升项目26个) over 2021–2025, 渝北 upgrades two homes and builds one; elsewhere one home in four
 *   has a fire-safety or repair project;
 * - institutions: major hazards (重大安全隐患) found at about one in six each year, put right within 10–70 days,
 *   the latest few still open; minor ones beside them;
 * - flags: one assistive-device disinfection site in 宁波 and in 舟山; in 舟山 the exchange platforms the plan
 *   names (1 institution, 1 township centre, 5 community care centres — the demo has 3 designated) and one products
 *   display platform.
 * Dates after the demo's last day are left out, as everywhere in the demo.
 */
export async function loadWorks(m: EntityManager, model: DemoModel, lastDay: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const plan = monthsBetween('2021-01', monthOf(lastDay));
  /** The i-th month of the plan period so far, wrapping round (a demo run early in 2021 has few). */
  const months = { at: (i: number) => plan[i % plan.length], length: plan.length };
  const kindOn = (f: FacilityPlan, date: string) => f.profileOn(date).kind;
  const byArea = (area: AreaKey, kind: string) => model.facilities.filter((f) => f.area === area && kindOn(f, lastDay) === kind);

  // Beds: new builds from their opening day; rebuilds in place, one day per institution.
  const [{ n: newBeds }] = await m.query(
    `WITH ins AS (
       INSERT INTO bed_commissioning (bed_id, origin, commissioned_on)
       SELECT id, 'new_build', opened_on FROM bed
        WHERE opened_on >= DATE '2021-01-01' AND opened_on <= $1::date AND setting IN ('institution', 'community')
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [lastDay],
  );
  const institutions = model.facilities.filter((f) => ['institution', 'tekun_home'].includes(kindOn(f, lastDay)));
  const rebuilds = institutions
    .map((f, i) => ({ facilityId: f.id, on: `${months.at(i * 7)}-${String(5 + (i % 20)).padStart(2, '0')}`, pick: i % 3 === 0 }))
    .filter((r) => r.pick && r.on <= lastDay);
  const [{ n: rebuiltBeds }] = await m.query(
    `WITH ins AS (
       INSERT INTO bed_commissioning (bed_id, origin, commissioned_on, notes)
       SELECT b.id, 'rebuild', r.day, '适老化改造（演示）'
         FROM unnest($1::uuid[], $2::date[]) AS r(facility_id, day)
         JOIN bed b ON b.facility_id = r.facility_id AND b.setting = 'institution' AND b.opened_on < DATE '2021-01-01'
                   AND (b.closed_on IS NULL OR b.closed_on > r.day)
        WHERE get_byte(decode(md5(b.code), 'hex'), 0) < 26
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [rebuilds.map((r) => r.facilityId), rebuilds.map((r) => r.on)],
  );
  counts.bed_commissionings = newBeds + rebuiltBeds;

  // Projects of 特困 homes and institutions.
  type Project = {
    facilityId: string;
    kind: string;
    title: string;
    startedOn: string;
    completedOn: string | null;
    fundingYuan: number;
    fundingSource: string;
  };
  const projects: Project[] = [];
  const project = (f: FacilityPlan, kind: string, title: string, completedOn: string, k: number) => {
    const startedOn = addMonths(completedOn, -(5 + (k % 6)));
    if (startedOn > lastDay || completedOn < f.openedOn) return;
    const fundingSource = ['中央预算内投资', '福彩公益金', '地方财政', '社会资本'][k % 4];
    const fundingYuan = 300_000 + ((k * 137_000) % 2_400_000);
    projects.push({ facilityId: f.id, kind, title, startedOn, completedOn: completedOn <= lastDay ? completedOn : null, fundingYuan, fundingSource });
  };
  const day = (k: number, from: number, span: number) => String(from + (k % span)).padStart(2, '0');
  byArea('zhoushan', 'tekun_home').forEach((f, k) => project(f, 'upgrade', '敬老院提升改造', `${months.at(2 + ((k * 3) % 21))}-${day(k, 10, 15)}`, k));
  const pingliang = byArea('pingliang', 'tekun_home');
  const fixed = ['2022-02-15', '2023-07-20', '2024-12-10', '2025-06-18'];
  for (let k = 0; k < 26 && pingliang.length; k++) {
    const on = k < fixed.length ? fixed[k] : `${addMonths('2021-04-01', k * 2).slice(0, 7)}-${day(k, 8, 18)}`;
    const kind = ['fire_safety', 'upgrade', 'repair', 'expansion'][k % 4];
    project(pingliang[(k * 5) % pingliang.length], kind, ['消防安全改造', '提升改造', '维修改造', '改扩建'][k % 4], on, k);
  }
  const yubei = byArea('yubei', 'tekun_home');
  if (yubei[0]) project(yubei[0], 'upgrade', '敬老院升级改造', '2023-09-28', 1);
  if (yubei[1]) project(yubei[1], 'upgrade', '敬老院升级改造', '2024-11-15', 2);
  if (yubei[2]) project(yubei[2], 'new_build', '新建敬老院护理楼', '2025-05-30', 3);
  for (const area of ['ningbo', 'haicheng', 'liangjiang'] as const) {
    byArea(area, 'tekun_home')
      .filter((_, k) => k % 4 === 0)
      .forEach((f, k) => project(f, k % 2 ? 'repair' : 'fire_safety', k % 2 ? '维修改造' : '消防改造', `${months.at(k * 11 + 5)}-20`, k));
  }
  byArea('ningbo', 'institution').filter((_, k) => k % 6 === 0).forEach((f, k) => project(f, 'upgrade', '机构提升改造', `${months.at(k * 13 + 3)}-12`, k));
  counts.facility_projects = await insertRows(
    m,
    `INSERT INTO facility_project (facility_id, kind, title, started_on, completed_on, funding_yuan, funding_source)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::date[], $6::numeric[], $7::text[])`,
    [
      projects.map((p) => p.facilityId),
      projects.map((p) => p.kind),
      projects.map((p) => p.title),
      projects.map((p) => p.startedOn),
      projects.map((p) => p.completedOn),
      projects.map((p) => p.fundingYuan),
      projects.map((p) => p.fundingSource),
    ],
  );

  // Hazards of institutions, a few every year.
  const HAZARDS = ['消防通道堵塞', '电气线路老化', '燃气管道泄漏隐患', '消防设施失效', '安全出口不畅', '建筑结构开裂'];
  const MINOR = ['扶手松动', '地面湿滑未设警示', '应急照明损坏'];
  type Hazard = { facilityId: string; description: string; major: boolean; foundOn: string; rectifiedOn: string | null };
  const hazards: Hazard[] = [];
  institutions.forEach((f, i) => {
    for (let year = 2020; year <= Number(lastDay.slice(0, 4)); year++) {
      const k = i * 7 + year;
      if (k % 6 !== 0 && k % 4 !== 1) continue;
      const major = k % 6 === 0;
      const foundOn = `${year}-${String(1 + ((i + year) % 12)).padStart(2, '0')}-${String(3 + (i % 24)).padStart(2, '0')}`;
      if (foundOn > lastDay || foundOn < f.openedOn) continue;
      const rectifiedOn = addDays(foundOn, 10 + ((i * 13) % 61));
      const description = major ? HAZARDS[i % HAZARDS.length] : MINOR[i % MINOR.length];
      hazards.push({ facilityId: f.id, description, major, foundOn, rectifiedOn: rectifiedOn <= lastDay && k % 23 !== 0 ? rectifiedOn : null });
    }
  });
  counts.inspection_hazards = await insertRows(
    m,
    `INSERT INTO inspection_hazard (facility_id, description, major, found_on, rectified_on)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::bool[], $4::date[], $5::date[])`,
    [hazards.map((h) => h.facilityId), hazards.map((h) => h.description), hazards.map((h) => h.major), hazards.map((h) => h.foundOn), hazards.map((h) => h.rectifiedOn)],
  );

  // Flags, on every profile version of the facilities chosen.
  const flag = async (column: string, facilities: (FacilityPlan | undefined)[]) => {
    const ids = facilities.filter((f): f is FacilityPlan => f !== undefined).map((f) => f.id);
    await m.query(`UPDATE facility_profile SET ${column} = true WHERE facility_id = ANY($1::uuid[])`, [ids]);
    return ids.length;
  };
  counts.facility_flags =
    (await flag('assistive_device_site', [byArea('ningbo', 'institution')[0], byArea('zhoushan', 'institution')[0]])) +
    (await flag('exchange_platform', [byArea('zhoushan', 'institution')[1], byArea('zhoushan', 'township_centre')[0], ...byArea('zhoushan', 'community_station').slice(0, 3)])) +
    (await flag('products_display_platform', [byArea('zhoushan', 'township_centre')[1] ?? byArea('zhoushan', 'township_centre')[0]]));
  return counts;
}

async function insertRows(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row] = await manager.query(`WITH ins AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM ins`, params);
  return row.n;
}
