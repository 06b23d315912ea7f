import { COMPREHENSIVE_CORE } from '@yiyang/facilities';
import type { SourceName } from './domain/indicators';
import type { MonthPeriod } from './domain/months';
import { FACILITIES_ROWS } from './sources/facilities/rows.sql';
import { BEDS_ROWS } from './sources/beds/rows.sql';
import { STAFF_ROWS } from './sources/staff/rows.sql';
import { TEKUN_ROWS } from './sources/tekun/rows.sql';
import { ROSTER_ROWS } from './sources/roster/rows.sql';
import { ORDERS_ROWS } from './sources/orders/rows.sql';
import { TOWNSHIPS_ROWS } from './sources/townships/rows.sql';
import { VILLAGES_ROWS } from './sources/villages/rows.sql';
import { WORKS_ROWS } from './sources/works/rows.sql';
import { CIRCLE_ROWS } from './sources/circle/rows.sql';
import { TRAININGS_ROWS } from './sources/trainings/rows.sql';
import { SOCIAL_WORKERS_ROWS } from './sources/social_workers/rows.sql';
import { MODIFICATIONS_ROWS } from './sources/modifications/rows.sql';
import { MEDICAL_ROWS } from './sources/medical/rows.sql';

/**
 * The rows each indicator source aggregates over, one per facility / bed / staff member / person / order-day /
 * township / village, each with the township it counts in. Named parameters:
 *   :month  first day of the month        :day  the day stock indicators read (the month's last, or today)
 *   :next   first day of the next month   :prefix  region-code prefix pattern of the slice ('500112%')
 *   :weeks  Mondays of the weeks counted  :core  functions a comprehensive facility offers
 *   :walkSpeed, :detour, :circleMinutes  the service circle's walking metres a minute, detour factor and default minutes
 * Townships another body administers (region.administered_by) are left out by the engine.
 */
export const SOURCE_ROWS: Record<SourceName, string> = {
  facilities: FACILITIES_ROWS,
  beds: BEDS_ROWS,
  staff: STAFF_ROWS,
  tekun: TEKUN_ROWS,
  roster: ROSTER_ROWS,
  orders: ORDERS_ROWS,
  townships: TOWNSHIPS_ROWS,
  villages: VILLAGES_ROWS,
  works: WORKS_ROWS,
  circle: CIRCLE_ROWS,
  trainings: TRAININGS_ROWS,
  social_workers: SOCIAL_WORKERS_ROWS,
  modifications: MODIFICATIONS_ROWS,
  medical: MEDICAL_ROWS,
};

export interface SourceParameters {
  month: string;
  day: string;
  next: string;
  prefix: string;
  weeks: string[];
  circle: CircleSettings;
}

/** The service circle's settings (AppConfig): walking metres a minute, detour factor, minutes where no region sets them. */
export interface CircleSettings {
  walkSpeed: number;
  detour: number;
  circleMinutes: number;
}

/** Many months in one statement: the per-month values are the columns of the relation kpi_month instead. */
export interface ManyMonthParameters {
  prefix: string;
  months: readonly Pick<MonthPeriod, 'first' | 'day' | 'next' | 'weeks'>[];
  circle: CircleSettings;
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
          ...values.circle,
        }
      : { ...values, ...values.circle };
  named.core = [...COMPREHENSIVE_CORE];
  const order: string[] = [];
  const text = sql.replace(/:(month|day|next|prefix|weeks|core|firsts|days|nexts|weekLists|walkSpeed|detour|circleMinutes)\b/g, (_, name: string) => {
    if ('months' in values && name in PER_MONTH_COLUMNS) return PER_MONTH_COLUMNS[name];
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return { text, params: order.map((name) => named[name]) };
}
