import { townshipOf } from '@yiyang/core';

/**
 * One row per hardship household's home modification (适老化改造 of a 困难老年人家庭), counted in the township of the
 * region it was recorded for (a township, or a village or community below it).
 *   completed_in_month  completed within [:month, :next)
 *   applied_since_2021  applied from 2021-01-01 (the plans' period) through :day
 *   completed_by_day    completed on or before :day
 */
export const MODIFICATIONS_ROWS = `
    SELECT ${townshipOf('m.region_code')} AS township,
           (m.completed_on >= :month AND m.completed_on < :next) IS TRUE AS completed_in_month,
           (m.applied_on >= DATE '2021-01-01' AND m.applied_on <= :day) AS applied_since_2021,
           (m.completed_on <= :day) IS TRUE AS completed_by_day
      FROM home_modification m
     WHERE m.hardship AND m.region_code LIKE :prefix`;
