import { randomUUID } from 'node:crypto';
import { addDays, type PersonalDataCipher } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import { Rng } from './random';

/**
 * The records offices used to keep in spreadsheets, made up for the demo from what is already loaded:
 * - entrusted-care agreements (委托照料服务协议) for nine in ten 特困 people, signed 2021–2023; one in five ran for two
 *   years and most of those were renewed the next day, so some people go uncovered for a while;
 * - home modifications (适老化改造) of households, per village and community (舟山 busier: its plan asks 750 hardship
 *   households in 2021) and per township of 宁波 (which has no demo villages), most done one to three months after
 *   the application, a few still open;
 * - smart terminals in villages and communities: eleven in twelve communities have a linked one (舟山 past 90% by the end
 *   of 2020, as its plan reports), villages fewer, a few devices not linked or removed.
 * Nothing is dated after the demo's last day. Caregivers' phones are encrypted as the API stores them.
 */
export async function loadCommunityRecords(m: EntityManager, cipher: PersonalDataCipher, lastDay: string): Promise<number> {
  return (await careAgreements(m, cipher, lastDay)) + (await homeModifications(m, lastDay)) + (await smartTerminals(m, lastDay));
}

const CAREGIVERS = ['李秀兰', '王建华', '张丽萍', '刘志刚', '陈玉珍', '杨春燕', '黄晓东', '赵海燕', '周红梅', '吴小燕'];
const RELATIONS = ['侄子', '侄女', '邻居', '村民', '外甥', '堂弟', null];

async function careAgreements(m: EntityManager, cipher: PersonalDataCipher, lastDay: string): Promise<number> {
  const people: { id: string }[] = await m.query(`SELECT id FROM resident WHERE 'tekun' = ANY(categories) ORDER BY id_number_hash`);
  const rows: { id: string; residentId: string; name: string; phone: string; relation: string | null; signedOn: string; validUntil: string | null }[] = [];
  people.forEach((person, index) => {
    const rng = Rng.of(20210101, 18, index);
    if (!rng.chance(0.9)) return;
    const add = (signedOn: string, validUntil: string | null) => {
      if (signedOn > lastDay) return;
      const id = randomUUID();
      rows.push({ id, residentId: person.id, name: rng.pick(CAREGIVERS), phone: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, relation: rng.pick(RELATIONS), signedOn, validUntil });
    };
    const signedOn = addDays('2021-01-04', rng.int(0, 900));
    if (rng.chance(0.2)) {
      const validUntil = addDays(signedOn, 729);
      add(signedOn, validUntil);
      if (rng.chance(0.8)) add(addDays(validUntil, rng.chance(0.7) ? 1 : rng.int(20, 120)), null);
    } else {
      add(signedOn, null);
    }
  });
  if (!rows.length) return 0;
  await m.query(
    `INSERT INTO tekun_care_agreement (id, resident_id, caregiver_name, caregiver_phone_encrypted, caregiver_relation, signed_on, valid_until)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[])`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.residentId),
      rows.map((r) => r.name),
      rows.map((r) => cipher.encrypt(r.phone, `tekun_care_agreement.caregiver_phone:${r.id}`)),
      rows.map((r) => r.relation),
      rows.map((r) => r.signedOn),
      rows.map((r) => r.validUntil),
    ],
  );
  return rows.length;
}

/**
 * Per village or community and year from 2021: 舟山 about 32 applications (so its 750 of 2021 are met), elsewhere about 6;
 * per 宁波 township about 8.
 * Four in five are hardship households; those are subsidised (3,000–8,000 元). Done 20–100 days after applying, but
 * one in twelve is never finished; none after the last day.
 */
async function homeModifications(m: EntityManager, lastDay: string): Promise<number> {
  const [{ n }] = await m.query(
    `WITH places AS (
       SELECT code, CASE WHEN code LIKE '3309%' THEN 32 ELSE 6 END AS per_year FROM region WHERE level = 'village'
       UNION ALL
       SELECT code, 8 FROM region WHERE level = 'township' AND code LIKE '3302%' AND administered_by IS NULL
     ), made AS (
       SELECT p.code, y, k, (hashtext(p.code || ':' || y || ':' || k) & 2147483647) AS h
         FROM places p
        CROSS JOIN generate_series(2021, extract(year FROM $1::date)::int) y
        CROSS JOIN LATERAL generate_series(1, p.per_year + (hashtext(p.code || y) & 2147483647) % 5 - 2) k
     ), dated AS (
       SELECT code, h, h % 5 <> 0 AS hardship, make_date(y, 1, 1) + (h % 365)::int AS applied_on FROM made
     ), ins AS (
       INSERT INTO home_modification (region_code, applicant_name, hardship, subsidised, subsidy_yuan, applied_on, completed_on)
       SELECT code,
              (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡'])[1 + h % 15]
                || (ARRAY['桂芳','秀英','建国','玉兰','德明','淑珍','国华','凤英','志明','长福'])[1 + (h / 15) % 10],
              hardship, hardship, CASE WHEN hardship THEN 3000 + (h % 11) * 500 END, applied_on,
              CASE WHEN h % 12 <> 0 AND applied_on + (20 + (h / 7) % 81)::int <= $1::date THEN applied_on + (20 + (h / 7) % 81)::int END
         FROM dated WHERE applied_on <= $1::date
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
    [lastDay],
  );
  return n;
}

/**
 * One or two devices per covered place. Communities are covered eleven in twelve (舟山's by the end of 2020, the others'
 * from 2019 to 2023), villages one in two (2021–2023); a second device in ten is not linked to the platform, and one
 * device in fifteen was removed 400 days after it was installed.
 */
async function smartTerminals(m: EntityManager, lastDay: string): Promise<number> {
  const [{ n }] = await m.query(
    `WITH places AS (
       SELECT code, kind, (hashtext('terminal:' || code) & 2147483647) AS h FROM region WHERE level = 'village'
     ), devices AS (
       SELECT p.code, k, (hashtext(p.code || ':device:' || k) & 2147483647) AS d,
              CASE WHEN p.kind <> 'community' THEN DATE '2021-01-01' + (p.h % 1000)::int
                   WHEN p.code LIKE '3309%' THEN DATE '2019-03-01' + (p.h % 640)::int
                   ELSE DATE '2019-03-01' + (p.h % 1800)::int END + (k - 1) * 200 AS installed_on
         FROM places p CROSS JOIN LATERAL generate_series(1, 1 + p.h % 2) k
        WHERE (p.kind = 'community' AND p.h % 12 <> 0) OR (p.kind <> 'community' AND p.h % 2 = 0)
     ), ins AS (
       INSERT INTO smart_terminal (region_code, device_kind, device_code, installed_on, removed_on, linked)
       SELECT code, (ARRAY['emergency_call','smart_watch','sensor','tv_box','kiosk'])[1 + d % 5], 'YY-' || code || '-' || k, installed_on,
              CASE WHEN d % 15 = 0 AND installed_on + 400 <= $1::date THEN installed_on + 400 END,
              k = 1 OR d % 10 <> 0
         FROM devices WHERE installed_on <= $1::date
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
    [lastDay],
  );
  return n;
}
