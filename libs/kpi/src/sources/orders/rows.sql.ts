import { townshipOf } from '@yiyang/core';

/** One row per person served in a township: meals count the days a person ate at home (not plates), services count orders; an order counts where the person lived when booked. The days are a bit mask per person (bit n = the month's day n + 1), so one grouping does it, and the days in care are masked out per stay. */
export const ORDERS_ROWS = `
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
        ON d.meal_days <> 0`;
