import { Rng } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import type { Plan } from '../plan';
import { N, TAG, uuid } from '../row-text';

const FROM_2021 = dayOf('2021-01-01');

export const trainingTable: CopyTable = {
  name: 'training_record',
  columns: ['id', 'course_type', 'region_code', 'trainee_name', 'trainee_id_number_encrypted', 'trainee_id_number_hash', 'trained_on', 'hours', 'provider', 'free'],
};

/**
 * Trainings since 2021, some sixty per township (one in sixty-eight of them in the month measured): family caregivers
 * (each a different person), caregivers and managers, drawn from a pool of twelve people per township, so the same
 * manager comes back and counts once. The 身份证 columns hold placeholders as the residents' do: `v1.scale.t<person>`
 * and a 64-digit hash of the person (`t` + hex), which the keyed hash of a real number never collides with.
 */
export function* trainingRows(plan: Plan): Generator<string> {
  const seed = plan.options.seed;
  const span = plan.monthEnd - FROM_2021 + 1;
  let n = 0;
  for (const [t, township] of plan.townships.entries()) {
    if (township.kind === 'other') continue;
    const rng = Rng.of(seed, 110, t);
    const count = 40 + rng.below(41);
    for (let k = 0; k < count; k += 1) {
      const draw = rng.next();
      const course = draw < 0.5 ? 'family_caregiver' : draw < 0.85 ? 'caregiver' : 'manager';
      const person = course === 'family_caregiver' ? 1_000_000 + n : t * 12 + rng.below(12);
      const day = rng.chance(1 / 68) ? plan.monthStart + rng.below(plan.monthEnd - plan.monthStart + 1) : FROM_2021 + rng.below(span);
      const village = township.villages[rng.below(township.villages.length)].code;
      const hours = course === 'family_caregiver' ? 4 + rng.below(5) : 16 + rng.below(25);
      const free = course !== 'family_caregiver' || rng.chance(0.9);
      yield `${uuid(TAG.training, n)}\t${course}\t${rng.chance(0.5) ? village : township.code}\t规模学员${person}\tv1.scale.t${person.toString(16)}\tt${person
        .toString(16)
        .padStart(63, '0')}\t${iso(day)}\t${hours}.0\t规模培训中心\t${free ? 't' : 'f'}\n`;
      n += 1;
    }
  }
}

export const socialWorkerTable: CopyTable = { name: 'community_social_worker', columns: ['id', 'name', 'region_code', 'organisation', 'started_on', 'ended_on'] };

/** Social workers serving communities: one in two communities and one in five villages has one, since 2019; one in eight left again. */
export function* socialWorkerRows(plan: Plan): Generator<string> {
  const start = dayOf('2019-01-01');
  let n = 0;
  for (const [t, township] of plan.townships.entries()) {
    for (const [v, village] of township.villages.entries()) {
      const rng = Rng.of(plan.options.seed, 111, t * 64 + v);
      if (!rng.chance(village.kind === 'community' ? 0.5 : 0.2)) continue;
      const started = start + rng.below(plan.monthEnd - start + 1);
      const ended = rng.chance(1 / 8) ? started + 30 + rng.below(1500) : null;
      yield `${uuid(TAG.socialWorker, n++)}\t规模社工${n}\t${village.code}\t${rng.chance(0.6) ? '规模社工服务中心' : N}\t${iso(started)}\t${ended === null ? N : iso(ended)}\n`;
    }
  }
}
