import { randomUUID } from 'node:crypto';
import { monthsBetween, type PersonalDataCipher } from '@yiyang/core';
import { TRAINEE_PURPOSE, traineeBoundTo } from '@yiyang/workforce';
import type { EntityManager } from 'typeorm';
import { IdNumbers, personName, Rng, staffName } from './random';
import type { RegionRow } from './regions';

/**
 * Trainings (attendance lists of 养老护理员, 养老机构管理人员 and 家庭照护者 courses) and the social workers serving
 * community elders, for the five plan areas from 2021 (trainings) and 2019 (social workers) through the demo's last
 * day. Volumes follow the plans: 宁波市 trains about 520 family caregivers (free) and 170 caregivers a month and a
 * few new institution managers (30,000, 10,000 and 300 over 2021–2025); 舟山市's community social workers grow
 * from 1:900 older people in 2020 to about 1:450 in 2025. Trainees' ID numbers are encrypted and hashed as
 * TrainingsService does.
 */
interface AreaVolumes {
  prefixes: string[];
  area6: string;
  familyPerMonth: number;
  caregiversPerMonth: number;
  newManagersPerMonth: number;
  /** Older population (60+) the ratio of community social workers is read against, and the ratio by year end. */
  olderPopulation: number;
  ratio: Record<number, number>;
}

const AREAS: AreaVolumes[] = [
  {
    prefixes: ['3302'], area6: '330203', familyPerMonth: 520, caregiversPerMonth: 170, newManagersPerMonth: 5, olderPopulation: 1_702_566,
    ratio: { 2019: 700, 2020: 650, 2021: 580, 2022: 520, 2023: 480, 2024: 450, 2025: 420, 2026: 410 },
  },
  {
    prefixes: ['3309'], area6: '330902', familyPerMonth: 60, caregiversPerMonth: 35, newManagersPerMonth: 1, olderPopulation: 288_093,
    ratio: { 2019: 950, 2020: 900, 2021: 700, 2022: 520, 2023: 490, 2024: 470, 2025: 452, 2026: 440 },
  },
  {
    prefixes: ['500112'], area6: '500112', familyPerMonth: 80, caregiversPerMonth: 50, newManagersPerMonth: 2, olderPopulation: 208_200,
    ratio: { 2019: 950, 2020: 900, 2021: 820, 2022: 760, 2023: 700, 2024: 650, 2025: 600, 2026: 580 },
  },
  {
    prefixes: ['6208'], area6: '620802', familyPerMonth: 40, caregiversPerMonth: 30, newManagersPerMonth: 1, olderPopulation: 351_037,
    ratio: { 2019: 1600, 2020: 1500, 2021: 1400, 2022: 1300, 2023: 1250, 2024: 1150, 2025: 1100, 2026: 1080 },
  },
  {
    prefixes: ['210381'], area6: '210381', familyPerMonth: 30, caregiversPerMonth: 20, newManagersPerMonth: 1, olderPopulation: 262_524,
    ratio: { 2019: 1300, 2020: 1200, 2021: 1100, 2022: 1050, 2023: 1000, 2024: 950, 2025: 900, 2026: 880 },
  },
];

const PROVIDERS = ['市养老服务指导中心', '区民政局培训中心', '职业技术学院继续教育学院', '红十字会救护培训站', '社会工作服务中心', '街道社区学校'];
const ORGANISATIONS = ['街道社会工作服务站', '乡镇社工站', '社会工作服务中心', '社区居委会', '慈善会社工部'];

interface Trainee {
  name: string;
  idNumber: string;
}

interface TrainingRow {
  id: string;
  courseType: string;
  regionCode: string;
  trainee: Trainee;
  trainedOn: string;
  hours: number;
  provider: string;
  free: boolean;
}

interface WorkerRow {
  name: string;
  regionCode: string;
  organisation: string;
  startedOn: string;
  endedOn: string | null;
}

/** What the demo writes of trainings and community social workers, worked out in memory (deterministic apart from ids). */
export function buildWorkforce(regions: readonly RegionRow[], lastDay: string): { trainings: TrainingRow[]; workers: WorkerRow[] } {
  const rng = new Rng(20210101);
  const ids = new IdNumbers();
  const trainings: TrainingRow[] = [];
  const workers: WorkerRow[] = [];
  const lastMonth = lastDay.slice(0, 7);
  const lastYear = Number(lastDay.slice(0, 4));
  for (const area of AREAS) {
    const townships = regions.filter((r) => r.level === 'township' && !r.administeredBy && r.kind !== 'other' && area.prefixes.some((p) => r.code.startsWith(p)));
    const villages = regions.filter((r) => r.level === 'village' && area.prefixes.some((p) => r.code.startsWith(p)));
    if (!townships.length) continue;
    const place = () => (villages.length && rng.chance(0.2) ? rng.pick(villages).code : rng.pick(townships).code);
    const trainee = (from: string, to: string): Trainee => {
      const sex = rng.chance(0.7) ? 'female' : 'male';
      return { name: personName(rng, sex), idNumber: ids.next(area.area6, rng.date(from, to), sex) };
    };
    const familyPool: Trainee[] = [];
    const managers: Trainee[] = [];
    for (const month of lastMonth >= '2021-01' ? monthsBetween('2021-01', lastMonth) : []) {
      const day = () => `${month}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      // Spring and autumn terms train more than the summer and the New Year.
      const season = [0.6, 0.7, 1.2, 1.2, 1.1, 1.0, 0.8, 0.8, 1.2, 1.2, 1.1, 0.9][Number(month.slice(5)) - 1];
      const family = Math.round(area.familyPerMonth * season * (0.9 + rng.next() * 0.2));
      for (let k = 0; k < family; k++) {
        // About a third come back for another session of the course.
        const person = familyPool.length > 20 && rng.chance(0.3) ? rng.pick(familyPool) : trainee('1955-01-01', '1995-12-31');
        if (familyPool.length < 5_000) familyPool.push(person);
        trainings.push({ id: randomUUID(), courseType: 'family_caregiver', regionCode: place(), trainee: person, trainedOn: day(), hours: rng.pick([3, 4, 6, 8]), provider: rng.pick(PROVIDERS), free: rng.chance(0.96) });
      }
      const caregivers = Math.round(area.caregiversPerMonth * season * (0.85 + rng.next() * 0.3));
      for (let k = 0; k < caregivers; k++) {
        trainings.push({ id: randomUUID(), courseType: 'caregiver', regionCode: place(), trainee: trainee('1965-01-01', '2000-12-31'), trainedOn: day(), hours: rng.pick([8, 16, 24, 40]), provider: rng.pick(PROVIDERS), free: rng.chance(0.8) });
      }
      const fresh = Math.max(0, Math.round(area.newManagersPerMonth * (0.6 + rng.next() * 0.8)));
      for (let k = 0; k < fresh; k++) managers.push(trainee('1965-01-01', '1990-12-31'));
      // New managers take their first course this month; some trained earlier come back (not new managers).
      const again = managers.length > fresh ? rng.int(0, Math.max(1, Math.round(area.newManagersPerMonth / 2))) : 0;
      const attending = [...managers.slice(managers.length - fresh), ...Array.from({ length: again }, () => managers[rng.below(managers.length - fresh)])];
      for (const person of attending) {
        trainings.push({ id: randomUUID(), courseType: 'manager', regionCode: rng.pick(townships).code, trainee: person, trainedOn: day(), hours: rng.pick([16, 24, 40, 56]), provider: rng.pick(PROVIDERS), free: rng.chance(0.7) });
      }
    }

    // Community social workers: enough serving at each year end for the year's ratio; a tenth leave each year and are replaced.
    const all: WorkerRow[] = [];
    for (let year = 2019; year <= lastYear; year++) {
      const from = year === 2019 ? '2015-01-01' : `${year}-01-01`;
      const to = `${year}-12-31` < lastDay ? `${year}-12-31` : lastDay;
      if (from > lastDay) break;
      if (year > 2019) {
        const serving = all.filter((w) => w.endedOn === null);
        for (const leaving of rng.shuffle(serving).slice(0, Math.round(serving.length * 0.1))) {
          const on = rng.date(from, to);
          if (on > leaving.startedOn) leaving.endedOn = on;
        }
      }
      const wanted = Math.round(area.olderPopulation / area.ratio[Math.min(year, 2026)]);
      for (let k = all.filter((w) => w.endedOn === null).length; k < wanted; k++) {
        all.push({ name: staffName(rng), regionCode: place(), organisation: rng.pick(ORGANISATIONS), startedOn: rng.date(from, to), endedOn: null });
      }
    }
    workers.push(...all);
  }
  return { trainings: trainings.filter((t) => t.trainedOn <= lastDay), workers };
}

/** Writes the demo's trainings and community social workers; returns the rows written. */
export async function loadWorkforce(m: EntityManager, cipher: PersonalDataCipher, regions: readonly RegionRow[], lastDay: string): Promise<number> {
  const { trainings, workers } = buildWorkforce(regions, lastDay);
  const [{ n: trained }] = await m.query(
    `WITH ins AS (
       INSERT INTO training_record (id, course_type, region_code, trainee_name, trainee_id_number_encrypted, trainee_id_number_hash, trained_on, hours, provider, free)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::varchar[], $4::text[], $5::text[], $6::text[], $7::date[], $8::numeric[], $9::text[], $10::bool[])
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [
      trainings.map((t) => t.id), trainings.map((t) => t.courseType), trainings.map((t) => t.regionCode), trainings.map((t) => t.trainee.name),
      trainings.map((t) => cipher.encrypt(t.trainee.idNumber, traineeBoundTo(t.id))),
      trainings.map((t) => cipher.hash(t.trainee.idNumber, TRAINEE_PURPOSE.idNumber)),
      trainings.map((t) => t.trainedOn), trainings.map((t) => t.hours), trainings.map((t) => t.provider), trainings.map((t) => t.free),
    ],
  );
  const [{ n: serving }] = await m.query(
    `WITH ins AS (
       INSERT INTO community_social_worker (name, region_code, organisation, started_on, ended_on)
       SELECT * FROM unnest($1::text[], $2::varchar[], $3::text[], $4::date[], $5::date[])
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [workers.map((w) => w.name), workers.map((w) => w.regionCode), workers.map((w) => w.organisation), workers.map((w) => w.startedOn), workers.map((w) => w.endedOn)],
  );
  return trained + serving;
}
