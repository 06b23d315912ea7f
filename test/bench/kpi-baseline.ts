import type { Client } from 'pg';

/**
 * The reference the KPI engine is measured against: for every township of the whole data set, one hand-written
 * statement per group of source tables, straight from the indicator definitions of issue 7 (/tmp/kpi-spec.md). Each
 * statement returns one row per township with `<indicator>:n` and `<indicator>:d` columns (numerator, denominator).
 * Townships run by another body (region.administered_by) and everything located in them are left out.
 *
 * Placeholders: $1 = D (the month's last day), $2 = the month's first day, $3 = the next month's first day, $4 = the
 * province's code prefix; inlined as literals (validated dates and digits), so each statement is planned for its month.
 */

const OPEN_ON_D = (alias: string, from = 'opened_on', to = 'closed_on') => `${alias}.${from} <= $1 AND (${alias}.${to} IS NULL OR ${alias}.${to} > $1)`;
const VALID_ON_D = (alias: string) => `${alias}.valid_from <= $1 AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > $1)`;
const TOWNSHIP = (column: string) => `rpad(left(${column}, 9), 12, '0')`;
const INST = `('institution', 'tekun_home')`;
/** China time: the day a timestamp falls on, and the instant a China-time day starts. */
const CHINA_DAY_START = (day: string) => `(${day})::timestamp AT TIME ZONE 'Asia/Shanghai'`;

/** Open facilities with their profile on D, located in a township that the engine counts. */
const FACILITIES_ON_D = `
  SELECT f.id, f.region_code, ${TOWNSHIP('f.region_code')} AS township, p.kind, p.ownership, p.operation, p.functions, p.dementia_zone,
         p.rehab_room, p.smart, p.video_connected, p.demo_centre, p.medical_integrated, p.a_grade, p.managed_by_facility_id,
         p.assistive_device_site, p.exchange_platform, p.products_display_platform
    FROM facility f
    JOIN facility_profile p ON p.facility_id = f.id AND ${VALID_ON_D('p')}
    JOIN region t ON t.code = ${TOWNSHIP('f.region_code')} AND t.administered_by IS NULL
   WHERE ${OPEN_ON_D('f')}`;

export interface BaselineStatement {
  name: string;
  sql: string;
}

export const BASELINE_STATEMENTS: BaselineStatement[] = [
  {
    name: 'facilities',
    sql: `
      WITH fac AS (${FACILITIES_ON_D}),
      inst_beds AS (
        SELECT b.facility_id, count(*) AS beds FROM bed b WHERE b.setting = 'institution' AND ${OPEN_ON_D('b')} GROUP BY b.facility_id
      ),
      inspection AS (
        SELECT DISTINCT ON (facility_id) facility_id, passed FROM facility_inspection
         WHERE inspected_on <= $1 AND year >= extract(year FROM $1::date) - 1
         ORDER BY facility_id, inspected_on DESC
      ),
      star AS (
        SELECT DISTINCT ON (facility_id) facility_id, star_level FROM facility_star_rating WHERE rated_on <= $1 ORDER BY facility_id, rated_on DESC
      ),
      -- 提升改造 since 2021: a project of an upgrading kind (not a new build) completed from 2021-01-01 to D.
      upgraded AS (
        SELECT DISTINCT facility_id FROM facility_project
         WHERE kind IN ('upgrade', 'fire_safety', 'repair', 'expansion') AND completed_on >= DATE '2021-01-01' AND completed_on <= $1
      ),
      -- Major hazards found in the twelve months ending D, and those of them rectified by D.
      hazards AS (
        SELECT facility_id, count(*) AS found, count(*) FILTER (WHERE rectified_on <= $1) AS rectified FROM inspection_hazard
         WHERE major AND found_on <= $1 AND found_on > ($1::date - interval '1 year')::date
         GROUP BY facility_id
      ),
      x AS (
        SELECT fac.*, fac.kind IN ${INST} AS inst, coalesce(ib.beds, 0) AS inst_beds, coalesce(i.passed, false) AS passed, s.star_level, t.kind AS township_kind,
               u.facility_id IS NOT NULL AS upgraded, coalesce(h.found, 0) AS major_found, coalesce(h.rectified, 0) AS major_rectified
          FROM fac
          LEFT JOIN inst_beds ib ON ib.facility_id = fac.id
          LEFT JOIN inspection i ON i.facility_id = fac.id
          LEFT JOIN star s ON s.facility_id = fac.id
          LEFT JOIN upgraded u ON u.facility_id = fac.id
          LEFT JOIN hazards h ON h.facility_id = fac.id
          JOIN region t ON t.code = fac.township
      )
      SELECT township,
        count(*) FILTER (WHERE inst) AS "elderly_care_institution_count:n",
        count(*) FILTER (WHERE ownership = 'public' AND operation = 'social') AS "public_built_private_operated_rate:n",
        count(*) FILTER (WHERE ownership = 'public') AS "public_built_private_operated_rate:d",
        count(*) FILTER (WHERE inst AND passed) AS "institution_quality_compliance_rate:n",
        count(*) FILTER (WHERE inst) AS "institution_quality_compliance_rate:d",
        count(*) FILTER (WHERE kind = 'institution' AND ownership = 'public' AND dementia_zone) AS "public_institution_dementia_zone_coverage:n",
        count(*) FILTER (WHERE kind = 'institution' AND ownership = 'public') AS "public_institution_dementia_zone_coverage:d",
        count(*) FILTER (WHERE inst AND inst_beds >= 100 AND rehab_room) AS "rehab_room_coverage_large_institutions:n",
        count(*) FILTER (WHERE inst AND inst_beds >= 100) AS "rehab_room_coverage_large_institutions:d",
        count(*) FILTER (WHERE kind = 'institution' AND ownership = 'public' AND star_level >= 3) AS "public_institutions_3star_plus_rate:n",
        count(*) FILTER (WHERE kind = 'institution' AND ownership = 'public') AS "public_institutions_3star_plus_rate:d",
        count(*) FILTER (WHERE inst AND star_level >= 2) AS "institutions_2star_plus_rate:n",
        count(*) FILTER (WHERE inst) AS "institutions_2star_plus_rate:d",
        count(*) FILTER (WHERE inst AND star_level >= 3) AS "institutions_3star_plus_count:n",
        count(*) FILTER (WHERE inst AND star_level >= 4) AS "institutions_4star_plus_count:n",
        count(*) FILTER (WHERE smart) AS "smart_elderly_care_institutions_per_county:n",
        count(*) FILTER (WHERE kind IN ('township_centre', 'community_station') AND medical_integrated) AS "community_medical_elderly_integrated_institutions:n",
        count(*) FILTER (WHERE kind = 'township_centre') AS "township_elderly_service_centre_count:n",
        count(*) FILTER (WHERE demo_centre AND video_connected) AS "demo_centre_video_connection_rate:n",
        count(*) FILTER (WHERE demo_centre) AS "demo_centre_video_connection_rate:d",
        count(*) FILTER (WHERE kind IN ('township_centre', 'community_station') AND a_grade = 5) AS "five_a_home_care_centre_count:n",
        count(*) FILTER (WHERE kind = 'community_station') AS "community_care_facility_count:n",
        count(*) FILTER (WHERE kind = 'mutual_aid') AS "rural_mutual_aid_point_count:n",
        count(*) FILTER (WHERE kind = 'community_station' AND township_kind = 'street' AND operation = 'social') AS "community_facility_socialized_operation_rate:n",
        count(*) FILTER (WHERE kind = 'community_station' AND township_kind = 'street') AS "community_facility_socialized_operation_rate:d",
        count(*) FILTER (WHERE kind = 'tekun_home' AND operation = 'social') AS "community_facility_socialized_operation_rate.tekun_home:n",
        count(*) FILTER (WHERE kind = 'tekun_home') AS "community_facility_socialized_operation_rate.tekun_home:d",
        count(*) FILTER (WHERE kind = 'community_station' AND managed_by_facility_id IS NOT NULL) AS "centre_led_station_operation_rate:n",
        count(*) FILTER (WHERE kind = 'community_station') AS "centre_led_station_operation_rate:d",
        count(*) FILTER (WHERE kind = 'tekun_home' AND upgraded) AS "tekun_facility_upgrade:n",
        count(*) FILTER (WHERE kind = 'tekun_home') AS "tekun_facility_upgrade:d",
        coalesce(sum(major_rectified) FILTER (WHERE inst), 0) AS "major_safety_hazard_rectification_rate:n",
        coalesce(sum(major_found) FILTER (WHERE inst), 0) AS "major_safety_hazard_rectification_rate:d",
        count(*) FILTER (WHERE assistive_device_site) AS "assistive_device_disinfection_site:n",
        count(*) FILTER (WHERE exchange_platform) AS "international_exchange_platform_facilities:n",
        count(*) FILTER (WHERE exchange_platform AND inst) AS "international_exchange_platform_facilities.institution:n",
        count(*) FILTER (WHERE exchange_platform AND kind = 'township_centre') AS "international_exchange_platform_facilities.township_centre:n",
        count(*) FILTER (WHERE exchange_platform AND kind = 'community_station') AS "international_exchange_platform_facilities.community_station:n",
        count(*) FILTER (WHERE products_display_platform) AS "international_exchange_platform_facilities.display_platform:n"
      FROM x GROUP BY township`,
  },
  {
    name: 'beds',
    sql: `
      WITH b AS (
        SELECT ${TOWNSHIP('coalesce(b.home_region_code, f.region_code)')} AS township, b.setting, p.kind, p.ownership, p.operation,
               coalesce(c.care_type, false) AS care, coalesce(c.dementia_care, false) AS dementia, ${OPEN_ON_D('f')} AS facility_open
          FROM bed b
          JOIN facility f ON f.id = b.facility_id
          LEFT JOIN facility_profile p ON p.facility_id = f.id AND ${VALID_ON_D('p')}
          LEFT JOIN bed_classification c ON c.bed_id = b.id AND ${VALID_ON_D('c')}
         WHERE ${OPEN_ON_D('b')}
      ),
      x AS (
        SELECT b.*, b.facility_open AND b.setting = 'institution' AND b.kind IN ${INST} AS inst, b.facility_open AND b.setting IN ('institution', 'community') AS placed
          FROM b JOIN region t ON t.code = b.township AND t.administered_by IS NULL
      )
      SELECT township,
        count(*) FILTER (WHERE inst AND care) AS "care_type_bed_share:n",
        count(*) FILTER (WHERE inst) AS "care_type_bed_share:d",
        count(*) FILTER (WHERE placed) AS "total_elderly_care_beds:n",
        count(*) FILTER (WHERE inst) AS "total_elderly_care_beds.institution:n",
        count(*) FILTER (WHERE placed) AS "beds_per_1000_older:n",
        count(*) FILTER (WHERE placed AND operation = 'government') AS "government_operated_bed_share:n",
        count(*) FILTER (WHERE placed) AS "government_operated_bed_share:d",
        count(*) FILTER (WHERE inst AND dementia) AS "dementia_care_beds_per_10k_older:n",
        count(*) FILTER (WHERE inst AND dementia AND ownership = 'public') AS "public_institution_dementia_bed_share:n",
        count(*) FILTER (WHERE inst AND ownership = 'public') AS "public_institution_dementia_bed_share:d",
        count(*) FILTER (WHERE setting = 'home') AS "home_care_beds:n",
        count(*) FILTER (WHERE inst) AS "social_workers_per_institution_beds:n"
      FROM x GROUP BY township`,
  },
  {
    name: 'staff',
    sql: `
      WITH certificates AS (
        SELECT staff_id, bool_or(kind = 'caregiver_skill') AS skill, bool_or(kind = 'first_aid') AS first_aid
          FROM staff_certificate
         WHERE kind IN ('caregiver_skill', 'first_aid') AND issued_on <= $1 AND (valid_until IS NULL OR valid_until >= $1)
         GROUP BY staff_id
      ),
      s AS (
        SELECT fac.township, s.role, fac.kind, coalesce(c.skill, false) AS skill, coalesce(c.first_aid, false) AS first_aid,
               s.hired_on >= $2 AND s.hired_on < $3 AS hired_in_month
          FROM staff s
          JOIN (${FACILITIES_ON_D}) fac ON fac.id = s.facility_id
          LEFT JOIN certificates c ON c.staff_id = s.id
         WHERE s.hired_on <= $1 AND (s.left_on IS NULL OR s.left_on > $1)
      )
      SELECT township,
        count(*) FILTER (WHERE role = 'caregiver' AND skill) AS "certified_caregivers_per_10k_older:n",
        count(*) FILTER (WHERE role = 'caregiver' AND skill AND first_aid) AS "caregiver_first_aid_certificate_rate:n",
        count(*) FILTER (WHERE role = 'caregiver' AND skill) AS "caregiver_first_aid_certificate_rate:d",
        count(*) FILTER (WHERE role = 'caregiver' AND skill) AS "care_staff_certified_rate:n",
        count(*) FILTER (WHERE role = 'caregiver') AS "care_staff_certified_rate:d",
        count(*) FILTER (WHERE role = 'social_worker' AND kind IN ${INST}) AS "social_workers_per_institution_beds:d",
        count(*) FILTER (WHERE role = 'social_worker') AS "social_workers_per_older_population:n",
        count(*) FILTER (WHERE role = 'caregiver' AND skill AND hired_in_month) AS "new_professional_care_staff:n"
      FROM s GROUP BY township`,
  },
  {
    name: 'tekun people (特困)',
    sql: `
      WITH people AS (
        -- 生活不能自理特困 people count whether or not they asked for centralised care; the willing-rate needs the wish.
        SELECT r.id, ${TOWNSHIP('r.hukou_region_code')} AS township, coalesce(r.willing_centralized, false) AS willing
          FROM resident r
          JOIN region t ON t.code = ${TOWNSHIP('r.hukou_region_code')} AND t.administered_by IS NULL
         WHERE 'tekun' = ANY (r.categories) AND r.birth_date <= ($1::date - interval '60 years')
           AND NOT EXISTS (SELECT 1 FROM stay d WHERE d.resident_id = r.id AND d.discharge_reason = 'death' AND d.discharged_on <= $1)
      ),
      x AS (
        SELECT people.township, people.willing,
               EXISTS (SELECT 1 FROM stay s WHERE s.resident_id = people.id AND s.funding = 'tekun_centralized' AND ${OPEN_ON_D('s', 'admitted_on', 'discharged_on')}) AS centralized,
               coalesce(standing.final_level >= 2, false) AS incapacitated,
               EXISTS (SELECT 1 FROM tekun_care_agreement a WHERE a.resident_id = people.id AND a.signed_on <= $1 AND (a.valid_until IS NULL OR a.valid_until >= $1)) AS agreement
          FROM people
          LEFT JOIN LATERAL (
            SELECT a.final_level FROM assessment a
             WHERE a.resident_id = people.id AND a.assessed_on <= $1
               AND NOT EXISTS (SELECT 1 FROM assessment c WHERE c.corrects_id = a.id AND c.assessed_on <= $1)
             ORDER BY a.assessed_on DESC, a.signed_at DESC LIMIT 1
          ) standing ON true
      )
      SELECT township,
        count(*) FILTER (WHERE willing AND centralized) AS "tekun_willing_centralized_support_rate:n",
        count(*) FILTER (WHERE willing) AS "tekun_willing_centralized_support_rate:d",
        count(*) FILTER (WHERE centralized AND incapacitated) AS "tekun_incapacitated_centralized_support_rate:n",
        count(*) FILTER (WHERE incapacitated) AS "tekun_incapacitated_centralized_support_rate:d",
        count(*) FILTER (WHERE NOT centralized AND incapacitated AND agreement) AS "dispersed_incapacitated_tekun_care_agreement_rate:n",
        count(*) FILTER (WHERE NOT centralized AND incapacitated) AS "dispersed_incapacitated_tekun_care_agreement_rate:d"
      FROM x GROUP BY township`,
  },
  {
    name: 'roster and visits',
    sql: `
      WITH weeks AS (
        -- Monday–Sunday weeks whose Sunday falls in the month; week w is bit w of a visited-weeks mask.
        SELECT monday::date AS monday FROM generate_series($2::date - 6, $3::date - 7, interval '1 day') AS monday WHERE extract(isodow FROM monday) = 1
      ),
      span AS (SELECT min(monday) AS first_monday, max(monday) + 7 AS after_last, count(*) AS weeks FROM weeks),
      roster AS (
        SELECT r.id, ${TOWNSHIP('r.residence_region_code')} AS township
          FROM resident r
          JOIN region t ON t.code = ${TOWNSHIP('r.residence_region_code')} AND t.administered_by IS NULL
         WHERE r.living_arrangement IN ('alone', 'empty_nest', 'left_behind') AND r.birth_date <= ($1::date - interval '60 years')
           AND NOT EXISTS (SELECT 1 FROM stay s WHERE s.resident_id = r.id AND ${OPEN_ON_D('s', 'admitted_on', 'discharged_on')})
      ),
      visits AS (
        SELECT v.resident_id, (v.visited_at AT TIME ZONE 'Asia/Shanghai')::date AS day, span.first_monday, span.after_last
          FROM visit v, span
         WHERE v.outcome <> 'not_home'
           AND v.visited_at >= ${CHINA_DAY_START('least($2::date, span.first_monday)')}
           AND v.visited_at < ${CHINA_DAY_START('greatest($3::date, span.after_last)')}
      ),
      per_person AS (
        SELECT resident_id,
               bit_or(1::bigint << ((day - first_monday) / 7)) FILTER (WHERE day >= first_monday AND day < after_last) AS weeks_visited,
               bool_or(day >= $2 AND day < $3) AS visited_in_month
          FROM visits GROUP BY resident_id
      )
      SELECT roster.township,
        count(*) FILTER (WHERE p.visited_in_month) AS "visit_rate_at_risk_elders.monthly:n",
        count(*) AS "visit_rate_at_risk_elders.monthly:d",
        coalesce(sum(bit_count(p.weeks_visited::bit(64))), 0) AS "visit_rate_at_risk_elders:n",
        count(*) * (SELECT weeks FROM span) AS "visit_rate_at_risk_elders:d"
      FROM roster LEFT JOIN per_person p ON p.resident_id = roster.id
      GROUP BY roster.township`,
  },
  {
    name: 'service orders',
    // One pass over the month's completed orders, grouped per person: the days served a meal as a bit mask (day k of
    // the month is bit k), so "distinct people per day" is a popcount, minus the days the person spent in a home.
    sql: `
      WITH in_home AS (
        SELECT resident_id, bit_or(((1::bigint << hi) - 1) # ((1::bigint << lo) - 1)) AS days
          FROM (SELECT resident_id, greatest(admitted_on - $2, 0) AS lo, least(coalesce(discharged_on, $3) - $2, $3 - $2) AS hi
                  FROM stay WHERE admitted_on < $3 AND (discharged_on IS NULL OR discharged_on > $2)) s
         GROUP BY resident_id
      ),
      per_person AS (
        SELECT ${TOWNSHIP('o.region_code')} AS township, o.resident_id, count(*) AS completed, sum(o.subsidy_cents) AS subsidy_cents,
               bool_or(o.subsidy_cents > 0) AS subsidised,
               coalesce(bit_or(1::bigint << (o.service_on - $2)) FILTER (WHERE o.service_type = 'meal' AND o.service_on >= $2 AND o.service_on < $3), 0) AS meal_days
          FROM service_order o
         WHERE o.month = $2 AND o.status = 'completed'
         GROUP BY 1, 2
      )
      SELECT p.township,
        sum(bit_count((p.meal_days & ~coalesce(h.days, 0))::bit(64))) AS "meal_assistance_daily_recipients:n",
        ($3::date - $2::date) AS "meal_assistance_daily_recipients:d",
        sum(p.completed) AS "home_service_person_times:n",
        sum(p.subsidy_cents) / 100.0 AS "purchased_home_service_standard:n",
        count(*) FILTER (WHERE p.subsidised) AS "purchased_home_service_standard:d"
      FROM per_person p
      JOIN region t ON t.code = p.township AND t.administered_by IS NULL
      LEFT JOIN in_home h ON h.resident_id = p.resident_id
      GROUP BY p.township`,
  },
  {
    name: 'townships',
    sql: `
      WITH fac AS (${FACILITIES_ON_D})
      SELECT t.code AS township,
        (EXISTS (SELECT 1 FROM fac WHERE fac.township = t.code AND fac.functions @> ARRAY['full_time_care', 'day_care', 'home_outreach']))::int AS "township_comprehensive_facility_coverage:n",
        1 AS "township_comprehensive_facility_coverage:d",
        (EXISTS (SELECT 1 FROM fac WHERE fac.township = t.code AND fac.demo_centre))::int AS "demo_home_care_centre_township_coverage:n",
        1 AS "demo_home_care_centre_township_coverage:d"
      FROM region t
      WHERE t.level = 'township' AND t.kind <> 'other' AND t.administered_by IS NULL`,
  },
  {
    name: 'villages',
    sql: `
      WITH fac AS (${FACILITIES_ON_D}),
      community_villages AS (SELECT region_code FROM fac WHERE kind IN ('community_station', 'township_centre', 'mutual_aid')),
      mutual_aid_villages AS (
        SELECT fac.region_code FROM fac
         WHERE fac.kind = 'mutual_aid' AND EXISTS (SELECT 1 FROM staff s WHERE s.facility_id = fac.id AND s.hired_on <= $1 AND (s.left_on IS NULL OR s.left_on > $1))
      ),
      prefixes AS (
        SELECT DISTINCT unnest(area_prefixes) AS prefix FROM service_slot
         WHERE service_type = 'meal' AND status = 'open' AND starts_at >= ${CHINA_DAY_START('$2::date')} AND starts_at < ${CHINA_DAY_START('$3::date')}
      ),
      v AS (
        SELECT v.code, v.kind, ${TOWNSHIP('v.code')} AS township,
               v.code IN (SELECT region_code FROM community_villages) AS has_community_facility,
               v.code IN (SELECT region_code FROM mutual_aid_villages) AS has_mutual_aid,
               v.code IN (SELECT region_code FROM smart_terminal WHERE linked AND installed_on <= $1 AND (removed_on IS NULL OR removed_on > $1)) AS has_terminal,
               (v.code IN (SELECT prefix FROM prefixes) OR left(v.code, 9) IN (SELECT prefix FROM prefixes) OR left(v.code, 6) IN (SELECT prefix FROM prefixes)
                 OR left(v.code, 4) IN (SELECT prefix FROM prefixes) OR left(v.code, 2) IN (SELECT prefix FROM prefixes)) AS canteen_covered
          FROM region v
          JOIN region t ON t.code = ${TOWNSHIP('v.code')} AND t.administered_by IS NULL
         WHERE v.level = 'village'
      )
      SELECT township,
        count(*) FILTER (WHERE kind = 'community' AND has_community_facility) AS "community_home_care_facility_coverage:n",
        count(*) FILTER (WHERE kind = 'community') AS "community_home_care_facility_coverage:d",
        count(*) FILTER (WHERE kind = 'village' AND has_mutual_aid) AS "rural_mutual_aid_village_coverage:n",
        count(*) FILTER (WHERE kind = 'village') AS "rural_mutual_aid_village_coverage:d",
        count(*) FILTER (WHERE canteen_covered) AS "elderly_canteen_effective_coverage:n",
        count(*) AS "elderly_canteen_effective_coverage:d",
        count(*) FILTER (WHERE kind = 'community' AND has_terminal) AS "smart_elderly_terminal_community_coverage:n",
        count(*) FILTER (WHERE kind = 'community') AS "smart_elderly_terminal_community_coverage:d"
      FROM v GROUP BY township`,
  },
  {
    name: 'home modifications',
    sql: `
      SELECT ${TOWNSHIP('m.region_code')} AS township,
        count(*) FILTER (WHERE m.completed_on >= $2 AND m.completed_on < $3) AS "age_friendly_home_modifications:n",
        count(*) FILTER (WHERE m.applied_on >= DATE '2021-01-01' AND m.applied_on <= $1 AND m.completed_on <= $1) AS "age_friendly_home_modifications.completion:n",
        count(*) FILTER (WHERE m.applied_on >= DATE '2021-01-01' AND m.applied_on <= $1) AS "age_friendly_home_modifications.completion:d"
      FROM home_modification m
      JOIN region t ON t.code = ${TOWNSHIP('m.region_code')} AND t.administered_by IS NULL
      WHERE m.hardship
      GROUP BY 1`,
  },
  {
    name: 'works',
    sql: `
      WITH done AS (
        -- Beds (养老服务床位: institution or community setting) commissioned new or rebuilt in the month, the bed and its facility open that day.
        SELECT f.region_code, 'bed' AS what
          FROM bed_commissioning k
          JOIN bed b ON b.id = k.bed_id AND b.setting IN ('institution', 'community')
          JOIN facility f ON f.id = b.facility_id
         WHERE k.commissioned_on >= $2 AND k.commissioned_on < $3
           AND b.opened_on <= k.commissioned_on AND (b.closed_on IS NULL OR b.closed_on > k.commissioned_on)
           AND f.opened_on <= k.commissioned_on AND (f.closed_on IS NULL OR f.closed_on > k.commissioned_on)
        UNION ALL
        -- Upgrade projects (all kinds but a new build) of 特困 homes completed in the month, the home open and a tekun_home that day.
        SELECT f.region_code, 'tekun_upgrade'
          FROM facility_project j
          JOIN facility f ON f.id = j.facility_id
          JOIN facility_profile p ON p.facility_id = f.id AND p.valid_from <= j.completed_on AND (p.valid_to IS NULL OR p.valid_to > j.completed_on)
         WHERE j.completed_on >= $2 AND j.completed_on < $3 AND j.kind <> 'new_build' AND p.kind = 'tekun_home'
           AND f.opened_on <= j.completed_on AND (f.closed_on IS NULL OR f.closed_on > j.completed_on)
      )
      SELECT ${TOWNSHIP('done.region_code')} AS township,
        count(*) FILTER (WHERE what = 'bed') AS "beds_new_or_rebuilt:n",
        count(*) FILTER (WHERE what = 'tekun_upgrade') AS "tekun_facility_upgrade.projects:n"
      FROM done
      JOIN region t ON t.code = ${TOWNSHIP('done.region_code')} AND t.administered_by IS NULL
      GROUP BY 1`,
  },
  {
    name: 'medical (医养结合)',
    sql: `
      WITH in_force AS (
        -- Agreements in force on D (valid_until is the last day in force) with a facility open on D, and its kind then.
        SELECT a.medical_institution_id, p.kind
          FROM medical_agreement a
          JOIN facility f ON f.id = a.facility_id AND ${OPEN_ON_D('f')}
          LEFT JOIN facility_profile p ON p.facility_id = f.id AND ${VALID_ON_D('p')}
         WHERE a.signed_on <= $1 AND (a.valid_until IS NULL OR a.valid_until >= $1)
      ),
      partners AS (
        SELECT medical_institution_id, bool_or(kind = 'tekun_home') AS with_tekun_home FROM in_force GROUP BY medical_institution_id
      ),
      counted AS (
        SELECT m.region_code, p.medical_institution_id IS NOT NULL AS cooperating, coalesce(p.with_tekun_home, false) AS cooperating_tekun_home, false AS five
          FROM medical_institution m
          LEFT JOIN partners p ON p.medical_institution_id = m.id
         WHERE (m.opened_on IS NULL OR m.opened_on <= $1) AND (m.closed_on IS NULL OR m.closed_on > $1)
        UNION ALL
        SELECT c.region_code, NULL, NULL, c.meets_five_standards
          FROM kangyang_consortium c
         WHERE c.established_on <= $1 AND (c.dissolved_on IS NULL OR c.dissolved_on > $1)
      )
      SELECT ${TOWNSHIP('counted.region_code')} AS township,
        count(*) FILTER (WHERE cooperating) AS "institution_medical_cooperation:n",
        count(*) FILTER (WHERE cooperating_tekun_home) AS "institution_medical_cooperation.tekun_home:n",
        count(*) FILTER (WHERE five) AS "kangyang_consortium_count:n"
      FROM counted
      JOIN region t ON t.code = ${TOWNSHIP('counted.region_code')} AND t.administered_by IS NULL
      GROUP BY 1`,
  },
  {
    name: 'trainings',
    sql: `
      WITH managers AS (
        -- Each trainee's first manager training anywhere (by the keyed hash of the ID number; same day: the lower id).
        SELECT DISTINCT ON (trainee_id_number_hash) id FROM training_record
         WHERE course_type = 'manager'
         ORDER BY trainee_id_number_hash, trained_on, id
      )
      SELECT ${TOWNSHIP('r.region_code')} AS township,
        count(*) FILTER (WHERE r.course_type = 'family_caregiver' AND r.free) AS "family_caregiver_training_person_times:n",
        count(*) FILTER (WHERE r.course_type = 'caregiver') AS "caregiver_and_manager_training:n",
        count(*) FILTER (WHERE r.id IN (SELECT id FROM managers)) AS "caregiver_and_manager_training.managers:n"
      FROM training_record r
      JOIN region t ON t.code = ${TOWNSHIP('r.region_code')} AND t.administered_by IS NULL
      WHERE r.trained_on >= $2 AND r.trained_on < $3 AND r.region_code LIKE $4 || '%'
      GROUP BY 1`,
  },
  {
    name: 'social workers',
    // Per township: people aged 60+ in an institution bed on D (where their facility is) and social workers serving
    // community elders on D; the region's numerator is its 60+ population less the first (regionFraction).
    sql: `
      WITH parts AS (
        SELECT f.region_code, 1 AS in_institution, 0 AS social_worker
          FROM stay s
          JOIN bed b ON b.id = s.bed_id
          JOIN facility f ON f.id = s.facility_id
          JOIN resident r ON r.id = s.resident_id
         WHERE b.setting = 'institution' AND ${OPEN_ON_D('s', 'admitted_on', 'discharged_on')} AND r.birth_date <= ($1::date - interval '60 years')
        UNION ALL
        SELECT w.region_code, 0, 1 FROM community_social_worker w WHERE w.started_on <= $1 AND (w.ended_on IS NULL OR w.ended_on > $1)
        UNION ALL
        SELECT fac.region_code, 0, 1
          FROM (${FACILITIES_ON_D}) fac
          JOIN staff s ON s.facility_id = fac.id AND s.role = 'social_worker' AND s.hired_on <= $1 AND (s.left_on IS NULL OR s.left_on > $1)
         WHERE fac.kind IN ('community_station', 'township_centre')
      )
      SELECT ${TOWNSHIP('parts.region_code')} AS township,
        sum(in_institution) AS "social_worker_to_community_older_ratio:n",
        sum(social_worker) AS "social_worker_to_community_older_ratio:d"
      FROM parts
      JOIN region t ON t.code = ${TOWNSHIP('parts.region_code')} AND t.administered_by IS NULL
      GROUP BY 1`,
  },
  {
    name: 'service circle',
    // Radius = minutes × 60 m/min ÷ 1.3 (the settings' defaults, which the bench's API runs with), minutes from the
    // nearest region up the tree in service_circle_minutes, else 15. Covered: an open community-level facility
    // (station, township centre, mutual-aid point, canteen; kind on D) within the radius + 1 cm, haversine on a
    // sphere of 6,371,008.8 m; the facility table's (latitude, longitude) index narrows to a box of ± radius first.
    sql: `
      WITH places AS (
        SELECT c.region_code, c.lat, c.lng, c.older_population,
               coalesce(m5.minutes, m4.minutes, m3.minutes, m2.minutes, m1.minutes, 15) * 60 / 1.3 AS radius
          FROM community_place c
          LEFT JOIN service_circle_minutes m5 ON m5.region_code = c.region_code
          LEFT JOIN service_circle_minutes m4 ON m4.region_code = rpad(left(c.region_code, 9), 12, '0')
          LEFT JOIN service_circle_minutes m3 ON m3.region_code = rpad(left(c.region_code, 6), 12, '0')
          LEFT JOIN service_circle_minutes m2 ON m2.region_code = rpad(left(c.region_code, 4), 12, '0')
          LEFT JOIN service_circle_minutes m1 ON m1.region_code = rpad(left(c.region_code, 2), 12, '0')
         WHERE c.region_code LIKE $4 || '%'
      ),
      points AS (
        SELECT f.latitude, f.longitude FROM facility f
          JOIN facility_profile p ON p.facility_id = f.id AND ${VALID_ON_D('p')}
         WHERE ${OPEN_ON_D('f')} AND f.latitude IS NOT NULL AND p.kind IN ('community_station', 'township_centre', 'mutual_aid', 'canteen')
      ),
      covered AS (
        SELECT places.*, EXISTS (
                 SELECT 1 FROM points
                  WHERE points.latitude BETWEEN places.lat - places.radius / 111000 AND places.lat + places.radius / 111000
                    AND 2 * 6371008.8 * asin(sqrt(power(sin(radians(points.latitude - places.lat) / 2), 2)
                          + cos(radians(places.lat)) * cos(radians(points.latitude)) * power(sin(radians(points.longitude - places.lng) / 2), 2)))
                        <= places.radius + 0.01) AS covered
          FROM places
      )
      SELECT ${TOWNSHIP('covered.region_code')} AS township,
        coalesce(sum(older_population) FILTER (WHERE covered), 0) AS "service_circle_coverage:n",
        sum(older_population) AS "service_circle_coverage:d"
      FROM covered
      JOIN region t ON t.code = ${TOWNSHIP('covered.region_code')} AND t.administered_by IS NULL
      GROUP BY 1`,
  },
];

/** 60+ population of the county-level units (the only level the scale data set gives figures for), latest year <= the month's year, 户籍 before 常住. */
export const POPULATION_STATEMENT: BaselineStatement = {
  name: 'population (60+)',
  sql: `
    SELECT DISTINCT ON (region_code) region_code AS county, age60_plus, basis
      FROM region_population
     WHERE year <= extract(year FROM $1::date) AND region_code LIKE $4 || '%'
     ORDER BY region_code, (basis = 'registered') DESC, year DESC`,
};

/** Indicators whose denominator is the 60+ population, and per how many older people. */
export const POPULATION_INDICATORS: Record<string, number> = {
  beds_per_1000_older: 1000,
  dementia_care_beds_per_10k_older: 10_000,
  certified_caregivers_per_10k_older: 10_000,
  social_workers_per_older_population: 10_000,
};

/**
 * Indicators whose numerator is the region's 60+ population less the townships' sum (社区老年人 = 60+ less those in
 * institutions): a value only where there is a population figure (the counties and the regions above them).
 */
export const POPULATION_LESS_INDICATORS = new Set(['social_worker_to_community_older_ratio']);

export interface Fraction {
  n: number;
  /** null: the indicator has no denominator (a count). */
  d: number | null;
}

/** Denominators that do not add up over townships: a region's is the same number (the days of the month). */
export const CONSTANT_DENOMINATORS = new Set(['meal_assistance_daily_recipients']);

/** indicator → township code → numerator / denominator. */
export type TownshipValues = Map<string, Map<string, Fraction>>;

export interface BaselineRun {
  values: TownshipValues;
  /** county code → 60+ population. */
  population: Map<string, number>;
  seconds: { name: string; seconds: number; rows: number }[];
  totalSeconds: number;
}

function inline(sql: string, d: string, first: string, next: string, prefix: string): string {
  for (const day of [d, first, next]) if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
  if (!/^\d+$/.test(prefix)) throw new Error(`not a region code prefix: ${prefix}`);
  return sql.replaceAll('$1', `'${d}'::date`).replaceAll('$2', `'${first}'::date`).replaceAll('$3', `'${next}'::date`).replaceAll('$4', `'${prefix}'`);
}

export async function runBaseline(client: Client, month: string, provincePrefix: string): Promise<BaselineRun> {
  const first = `${month}-01`;
  const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);
  const d = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const values: TownshipValues = new Map();
  const seconds: BaselineRun['seconds'] = [];
  const started = performance.now();
  for (const statement of BASELINE_STATEMENTS) {
    const at = performance.now();
    const { rows } = await client.query<Record<string, string | number | null>>(inline(statement.sql, d, first, next, provincePrefix)).catch((error: Error) => {
      throw new Error(`baseline statement ${statement.name}: ${error.message}`);
    });
    seconds.push({ name: statement.name, seconds: (performance.now() - at) / 1000, rows: rows.length });
    for (const row of rows) {
      const township = String(row.township);
      for (const [column, raw] of Object.entries(row)) {
        if (column === 'township') continue;
        const [indicator, part] = column.split(':');
        let byTownship = values.get(indicator);
        if (!byTownship) values.set(indicator, (byTownship = new Map()));
        const fraction = byTownship.get(township) ?? { n: 0, d: null };
        if (part === 'n') fraction.n = Number(raw ?? 0);
        else fraction.d = Number(raw ?? 0);
        byTownship.set(township, fraction);
      }
    }
  }
  const at = performance.now();
  const { rows } = await client.query<{ county: string; age60_plus: number }>(inline(POPULATION_STATEMENT.sql, d, first, next, provincePrefix));
  seconds.push({ name: POPULATION_STATEMENT.name, seconds: (performance.now() - at) / 1000, rows: rows.length });
  return { values, population: new Map(rows.map((r) => [r.county, Number(r.age60_plus)])), seconds, totalSeconds: (performance.now() - started) / 1000 };
}

/** A region's numerator and denominator: the sum over its townships (population denominators from the counties' figures). */
export function regionFraction(run: BaselineRun, indicator: string, regionPrefix: string): Fraction | null {
  const byTownship = run.values.get(indicator);
  if (!byTownship) return null;
  let n = 0;
  let d: number | null = null;
  for (const [township, fraction] of byTownship) {
    if (!township.startsWith(regionPrefix)) continue;
    n += fraction.n;
    if (fraction.d !== null) d = CONSTANT_DENOMINATORS.has(indicator) ? fraction.d : (d ?? 0) + fraction.d;
  }
  if (POPULATION_LESS_INDICATORS.has(indicator)) {
    if (regionPrefix.length > 6) return null;
    let population = 0;
    for (const [county, older] of run.population) if (county.startsWith(regionPrefix)) population += older;
    return { n: Math.max(0, population - n), d };
  }
  const per = POPULATION_INDICATORS[indicator];
  if (per) {
    // Only county-level units (and regions above them) have a population figure in the scale data set.
    if (regionPrefix.length > 6) return { n, d: null };
    let population = 0;
    for (const [county, older] of run.population) if (county.startsWith(regionPrefix)) population += older;
    d = population / per;
  }
  return { n, d };
}
