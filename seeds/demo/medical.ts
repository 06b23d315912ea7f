import type { EntityManager } from 'typeorm';

/** A stable pseudo-random number 0…2³¹ from a text (names and codes are the same at every load; ids are not). */
const hash = (text: string) => `(('x' || substr(md5(${text}), 1, 8))::bit(32)::int & 2147483647)`;

/**
 * 医养结合 in the demo, made in SQL from the facilities loaded before:
 * - medical institutions: each county's 人民医院 (tertiary in city districts, secondary elsewhere) and 中医医院 in its first
 *   township with a facility, and a 社区卫生服务中心 (street) or 卫生院 (town) in every township with a facility;
 * - agreements: about 85 % of the elderly-care institutions, 特困 homes and township centres signed with their township's
 *   health centre between 2019 and 2023 (not before they opened), three in ten for three years (two in three of those
 *   renewed open-ended the day after they end), the rest open-ended;
 *   four in ten institutions also with the county hospital;
 * - consortia (康养联合体) in 舟山: one per township with a township centre, established every four months from June
 *   2019, each with its centre, the township's health centre and the county hospital; one in five misses 五有.
 * Returns the rows written.
 */
export async function loadMedicalDemo(m: EntityManager, lastDay: string): Promise<number> {
  const [institutions] = await m.query(
    `WITH seats AS (
       SELECT left(f.region_code, 6) AS county, min(rpad(left(f.region_code, 9), 12, '0')) AS township FROM facility f GROUP BY 1
     ), rows AS (
       SELECT c.name || '人民医院' AS name, 'general_hospital' AS kind, CASE WHEN c.name LIKE '%区' THEN 'tertiary' ELSE 'secondary' END AS level,
              s.township AS region_code, DATE '1995-01-01' AS opened_on
         FROM seats s JOIN region c ON c.code = rpad(s.county, 12, '0')
       UNION ALL
       SELECT c.name || '中医医院', 'tcm_hospital', 'secondary', s.township, DATE '2002-07-01'
         FROM seats s JOIN region c ON c.code = rpad(s.county, 12, '0')
       UNION ALL
       SELECT t.name || CASE WHEN t.kind = 'street' THEN '社区卫生服务中心' ELSE '卫生院' END,
              CASE WHEN t.kind = 'street' THEN 'community_health_centre' ELSE 'township_health_centre' END, 'primary', t.code, DATE '2005-01-01'
         FROM region t
        WHERE t.level = 'township' AND EXISTS (SELECT 1 FROM facility f WHERE f.region_code LIKE left(t.code, 9) || '%')
     ), ins AS (
       INSERT INTO medical_institution (name, kind, level, region_code, opened_on) SELECT * FROM rows ON CONFLICT DO NOTHING RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
  );
  const [agreements] = await m.query(
    `WITH care AS (
       SELECT f.id, f.region_code, f.opened_on, f.closed_on, p.kind, ${hash(`f.name || f.region_code`)} AS h
         FROM facility f
         JOIN LATERAL (SELECT kind FROM facility_profile p WHERE p.facility_id = f.id ORDER BY p.valid_from DESC LIMIT 1) p ON true
        WHERE p.kind IN ('institution', 'tekun_home', 'township_centre')
     ), rows AS (
       SELECT c.id AS facility_id, m.id AS institution_id, greatest(c.opened_on, DATE '2019-01-01' + (c.h % 1800)) AS signed_on, c.h, c.closed_on
         FROM care c
         JOIN medical_institution m ON m.region_code = rpad(left(c.region_code, 9), 12, '0') AND m.kind IN ('township_health_centre', 'community_health_centre')
        WHERE c.h % 100 < 85
       UNION ALL
       SELECT c.id, m.id, greatest(c.opened_on, DATE '2020-03-01' + (c.h / 7 % 1200)), c.h / 3, c.closed_on
         FROM care c
         JOIN medical_institution m ON left(m.region_code, 6) = left(c.region_code, 6) AND m.kind = 'general_hospital'
        WHERE c.kind = 'institution' AND c.h / 11 % 10 < 4
     ), ins AS (
       INSERT INTO medical_agreement (facility_id, medical_institution_id, signed_on, valid_until, services)
       SELECT facility_id, institution_id, signed_on,
              CASE WHEN h % 10 < 3 THEN (signed_on + interval '3 years' - interval '1 day')::date END,
              '定期巡诊、健康管理、就医绿色通道 · Rounds, health management, green channel'
         FROM rows WHERE signed_on <= $1::date AND (closed_on IS NULL OR signed_on < closed_on)
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
    [lastDay],
  );
  // Two in three three-year agreements are renewed the day after they end, open-ended from then.
  const [renewals] = await m.query(
    `WITH ins AS (
       INSERT INTO medical_agreement (facility_id, medical_institution_id, signed_on, valid_until, services)
       SELECT a.facility_id, a.medical_institution_id, a.valid_until + 1, NULL, a.services
         FROM medical_agreement a JOIN facility f ON f.id = a.facility_id
        WHERE a.valid_until < $1::date AND (a.valid_until - DATE '2019-01-01') % 3 <> 0 AND (f.closed_on IS NULL OR a.valid_until + 1 < f.closed_on)
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
    [lastDay],
  );
  const [consortia] = await m.query(
    `WITH centres AS (
       SELECT rpad(left(f.region_code, 9), 12, '0') AS township, min(f.id::text)::uuid AS facility_id
         FROM facility f
         JOIN LATERAL (SELECT kind FROM facility_profile p WHERE p.facility_id = f.id ORDER BY p.valid_from DESC LIMIT 1) p ON true
        WHERE f.region_code LIKE '3309%' AND p.kind = 'township_centre'
        GROUP BY 1
     ), numbered AS (
       SELECT c.*, t.name, row_number() OVER (ORDER BY c.township) - 1 AS n FROM centres c JOIN region t ON t.code = c.township
     ), made AS (
       INSERT INTO kangyang_consortium (name, region_code, established_on, meets_five_standards)
       SELECT name || '康养联合体', township, (DATE '2019-06-01' + make_interval(months => (4 * n)::int))::date, n % 5 <> 4
         FROM numbered WHERE (DATE '2019-06-01' + make_interval(months => (4 * n)::int))::date <= $1::date
       RETURNING id, region_code
     ), members AS (
       INSERT INTO consortium_member (consortium_id, facility_id, medical_institution_id)
       SELECT made.id, numbered.facility_id, NULL::uuid FROM made JOIN numbered ON numbered.township = made.region_code
       UNION ALL
       SELECT made.id, NULL, m.id FROM made JOIN medical_institution m
           ON m.region_code = made.region_code AND m.kind IN ('township_health_centre', 'community_health_centre')
           OR left(m.region_code, 6) = left(made.region_code, 6) AND m.kind = 'general_hospital'
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM made)::int + (SELECT count(*) FROM members)::int AS n`,
    [lastDay],
  );
  return institutions.n + agreements.n + renewals.n + consortia.n;
}
