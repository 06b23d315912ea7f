import { townshipOf } from '@yiyang/core';

/**
 * One row per training (one trainee, one course day) held in the month, in the township it counts in. A manager
 * training is `first_manager` when the trainee (by the keyed hash of the ID number) has no earlier manager training
 * anywhere (same day: the lower id is the earlier), so managers trained add up as people, each counted once.
 */
export const TRAININGS_ROWS = `
    SELECT ${townshipOf('t.region_code')} AS township, t.course_type, t.free,
           t.course_type = 'manager' AND NOT EXISTS (
             SELECT 1 FROM training_record e
              WHERE e.trainee_id_number_hash = t.trainee_id_number_hash AND e.course_type = 'manager'
                AND (e.trained_on < t.trained_on OR (e.trained_on = t.trained_on AND e.id < t.id))) AS first_manager
      FROM training_record t
     WHERE t.region_code LIKE :prefix AND t.trained_on >= :month::date AND t.trained_on < :next::date`;
