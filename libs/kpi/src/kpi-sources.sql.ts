import { inForceOn, localDateOf, openOn, startOfLocalDay, townshipOf } from '@yiyang/core';
import { COMPREHENSIVE_CORE } from '@yiyang/facilities';
import { COUNTING_VISIT, ON_ROSTER } from '@yiyang/services';
import { STANDING_LEVEL } from '@yiyang/assessments';
import type { SourceName } from './domain/indicators';
import type { MonthPeriod } from './domain/months';

/** The instant a China calendar date begins, for comparing timestamps with a day's bounds. */

/** A staff member on the payroll on `date`: hired by then and not yet gone. */
const employedOn = (alias: string, date: string) => `${alias}.hired_on <= ${date} AND (${alias}.left_on IS NULL OR ${alias}.left_on > ${date})`;

/**
 * The rows each indicator source aggregates over, one per facility / bed / staff member / person / order-day /
 * township / village, each with the township it counts in. Named parameters:
 *   :month  first day of the month        :day  the day stock indicators read (the month's last, or today)
 *   :next   first day of the next month   :prefix  region-code prefix pattern of the slice ('500112%')
 *   :weeks  Mondays of the weeks counted  :core  functions a comprehensive facility offers
 * Townships another body administers (region.administered_by) are left out by the engine.
 */
export const SOURCE_ROWS: Record<SourceName, string> = {
  facilities: `
    SELECT ${townshipOf('f.region_code')} AS township, g.kind AS township_kind,
           p.kind, p.ownership, p.operation, p.functions, p.dementia_zone, p.rehab_room, p.sunshine_kitchen, p.food_safety_grade,
           p.smart, p.video_connected, p.demo_centre, p.medical_integrated, p.standardized_canteen, p.a_grade, p.managed_by_facility_id,
           (SELECT r.star_level FROM facility_star_rating r WHERE r.facility_id = f.id AND r.rated_on <= :day
             ORDER BY r.rated_on DESC LIMIT 1) AS star,
           (SELECT i.passed FROM facility_inspection i
             WHERE i.facility_id = f.id AND i.inspected_on <= :day AND i.year >= extract(year FROM :day::date) - 1
             ORDER BY i.inspected_on DESC, i.year DESC LIMIT 1) AS inspection_passed,
           (SELECT count(*) FROM bed b WHERE b.facility_id = f.id AND b.setting = 'institution'
               AND ${openOn('b', ':day')}) AS inst_beds,
           (SELECT count(*) FROM staff s WHERE s.facility_id = f.id AND s.role = 'social_worker'
               AND ${employedOn('s', ':day')}) AS social_workers
      FROM facility f
      JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
      JOIN region g ON g.code = ${townshipOf('f.region_code')}
     WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}`,

  // A home bed lies in its facility's county, so the facility's region finds it; it counts where the home is.
  beds: `
    SELECT ${townshipOf('coalesce(b.home_region_code, f.region_code)')} AS township,
           b.setting, p.kind, p.ownership, p.operation, c.care_type, c.dementia_care
      FROM facility f
      JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
      JOIN bed b ON b.facility_id = f.id AND ${openOn('b', ':day')}
      JOIN LATERAL (SELECT c.care_type, c.dementia_care, c.valid_to FROM bed_classification c
                     WHERE c.bed_id = b.id AND c.valid_from <= :day ORDER BY c.valid_from DESC LIMIT 1) c
        ON c.valid_to IS NULL OR c.valid_to > :day
     WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}`,

  staff: `
    SELECT ${townshipOf('f.region_code')} AS township, p.kind, s.role,
           s.hired_on >= :month::date AS hired_in_month,
           EXISTS (SELECT 1 FROM staff_certificate c WHERE c.staff_id = s.id AND c.kind = 'caregiver_skill'
                     AND c.issued_on <= :day AND (c.valid_until IS NULL OR c.valid_until >= :day)) AS certified,
           EXISTS (SELECT 1 FROM staff_certificate c WHERE c.staff_id = s.id AND c.kind = 'first_aid'
                     AND c.issued_on <= :day AND (c.valid_until IS NULL OR c.valid_until >= :day)) AS first_aid
      FROM facility f
      JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
      JOIN staff s ON s.facility_id = f.id AND ${employedOn('s', ':day')}
     WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}`,

  // 特困 people belong to where their 户籍 is registered; the dead (discharged by death) leave the roll.
  tekun: `
    SELECT ${townshipOf('r.hukou_region_code')} AS township,
           coalesce(r.willing_centralized, false) AS willing,
           EXISTS (SELECT 1 FROM stay s WHERE s.resident_id = r.id AND s.funding = 'tekun_centralized'
                     AND s.admitted_on <= :day AND (s.discharged_on IS NULL OR s.discharged_on > :day)) AS centralized,
           ${STANDING_LEVEL('r.id', ':day::date')} AS level
      FROM resident r
     WHERE r.hukou_region_code LIKE :prefix AND 'tekun' = ANY(r.categories)
       AND r.birth_date <= (:day::date - interval '60 years')
       AND NOT EXISTS (SELECT 1 FROM stay d WHERE d.resident_id = r.id AND d.discharge_reason = 'death' AND d.discharged_on <= :day)`,

  // One look at a person's visits per person: whether any fell in the month, and in how many of the counted weeks
  // (week n = the n-th Monday of :weeks; a China day has no daylight saving, so weeks are 7 calendar days).
  roster: `
    SELECT ${townshipOf('r.residence_region_code')} AS township,
           coalesce(v.visited_month, false) AS visited_month, coalesce(v.weeks_visited, 0) AS weeks_visited,
           cardinality(:weeks::date[]) AS weeks
      FROM resident r
      LEFT JOIN LATERAL (
        SELECT bool_or(v.visited_at >= ${startOfLocalDay(':month::date')}
                       AND v.visited_at < ${startOfLocalDay(':next::date')}) AS visited_month,
               count(DISTINCT (${localDateOf('v.visited_at')} - (:weeks::date[])[1]) / 7)
                 FILTER (WHERE ${localDateOf('v.visited_at')} >= (:weeks::date[])[1]
                           AND ${localDateOf('v.visited_at')} < (:weeks::date[])[cardinality(:weeks::date[])] + 7) AS weeks_visited
          FROM visit v
         WHERE v.resident_id = r.id AND ${COUNTING_VISIT}
           AND v.visited_at >= ${startOfLocalDay('least(:month::date, (:weeks::date[])[1])')}
           AND v.visited_at < ${startOfLocalDay('greatest(:next::date, (:weeks::date[])[cardinality(:weeks::date[])] + 7)')}) v ON true
     WHERE r.residence_region_code LIKE :prefix AND ${ON_ROSTER('r', ':day')}`,

  // One row per person served in a township: meals count the days a person ate at home (not plates), services
  // count orders; an order counts where the person lived when booked. The days are a bit mask per person (bit n =
  // the month's day n + 1), so one grouping does it, and the days in care are masked out per stay.
  orders: `
    SELECT d.township, d.resident_id, d.orders, d.subsidy_cents,
           bit_count((d.meal_days & ~coalesce(c.care_days, 0))::bit(64)) AS meal_days
      FROM (SELECT ${townshipOf('o.region_code')} AS township, o.resident_id, count(*) AS orders,
                   sum(o.subsidy_cents) AS subsidy_cents,
                   bit_or(CASE WHEN o.service_type = 'meal' THEN 1::bigint << (o.service_on - :month::date) ELSE 0 END) AS meal_days
              FROM service_order o
             WHERE o.month = :month::date AND o.region_code LIKE :prefix AND o.status = 'completed'
             GROUP BY 1, 2) d
      LEFT JOIN LATERAL (
        SELECT bit_or(((1::bigint << (least(coalesce(s.discharged_on, :next::date), :next::date) - :month::date)) - 1)
                      & ~((1::bigint << (greatest(s.admitted_on, :month::date) - :month::date)) - 1)) AS care_days
          FROM stay s
         WHERE s.resident_id = d.resident_id AND s.admitted_on < :next::date AND (s.discharged_on IS NULL OR s.discharged_on > :month::date)) c
        ON d.meal_days <> 0`,

  // A township has a comprehensive (or model) centre when any open facility located in it is one.
  townships: `
    SELECT g.code AS township, coalesce(c.comprehensive, false) AS comprehensive, coalesce(c.demo, false) AS demo
      FROM region g
      LEFT JOIN (SELECT ${townshipOf('f.region_code')} AS township,
                        bool_or(p.functions @> :core::text[]) AS comprehensive, bool_or(p.demo_centre) AS demo
                   FROM facility f
                   JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
                  WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}
                  GROUP BY 1) c ON c.township = g.code
     WHERE g.level = 'township' AND g.code LIKE :prefix AND g.kind <> 'other'`,

  // A meal service reaches the villages its slots' areas cover; a canteen's slots count in the county it stands in.
  villages: `
    SELECT ${townshipOf('v.code')} AS township, v.kind,
           EXISTS (SELECT 1 FROM facility f
                     JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
                    WHERE f.region_code = v.code AND ${openOn('f', ':day')}
                      AND p.kind IN ('community_station', 'township_centre', 'mutual_aid')) AS has_care_facility,
           EXISTS (SELECT 1 FROM facility f
                     JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
                    WHERE f.region_code = v.code AND ${openOn('f', ':day')}
                      AND p.kind = 'mutual_aid'
                      AND EXISTS (SELECT 1 FROM staff s WHERE s.facility_id = f.id AND ${employedOn('s', ':day')})) AS has_staffed_mutual_aid,
           covered.code IS NOT NULL AS meal_covered
      FROM region v
      -- The month's covered villages, found once: a join, not an IN (…) the many-month pass would run again per village.
      LEFT JOIN (SELECT DISTINCT c.code FROM region c
                   JOIN (SELECT DISTINCT unnest(s.area_prefixes) AS area_prefix
                           FROM service_slot s JOIN facility f ON f.id = s.facility_id
                          WHERE f.region_code LIKE :prefix AND s.service_type = 'meal' AND s.status = 'open'
                            AND s.starts_at >= ${startOfLocalDay(':month::date')}
                            AND s.starts_at < ${startOfLocalDay(':next::date')}) a
                     ON c.code LIKE a.area_prefix || '%'
                  WHERE c.level = 'village' AND c.code LIKE :prefix) covered ON covered.code = v.code
     WHERE v.level = 'village' AND v.code LIKE :prefix`,
};

export interface SourceParameters {
  month: string;
  day: string;
  next: string;
  prefix: string;
  weeks: string[];
}

/** Many months in one statement: the per-month values are the columns of the relation kpi_month instead. */
export interface ManyMonthParameters {
  prefix: string;
  months: readonly Pick<MonthPeriod, 'first' | 'day' | 'next' | 'weeks'>[];
}

const PER_MONTH_COLUMNS: Record<string, string> = { month: 'kpi_month.kpi_first', day: 'kpi_month.kpi_day', next: 'kpi_month.kpi_next', weeks: 'kpi_month.kpi_weeks' };

/** Turns the named parameters a statement uses into positional ones, in order of first use. */
export function bindNamed(sql: string, values: SourceParameters | ManyMonthParameters): { text: string; params: unknown[] } {
  const named: Record<string, unknown> =
    'months' in values
      ? {
          prefix: values.prefix,
          firsts: values.months.map((period) => period.first),
          days: values.months.map((period) => period.day),
          nexts: values.months.map((period) => period.next),
          weekLists: values.months.map((period) => period.weeks.join(',')),
        }
      : { ...values };
  named.core = [...COMPREHENSIVE_CORE];
  const order: string[] = [];
  const text = sql.replace(/:(month|day|next|prefix|weeks|core|firsts|days|nexts|weekLists)\b/g, (_, name: string) => {
    if ('months' in values && name in PER_MONTH_COLUMNS) return PER_MONTH_COLUMNS[name];
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return { text, params: order.map((name) => named[name]) };
}
