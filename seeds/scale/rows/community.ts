import { Rng, unit } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import type { Plan } from '../plan';
import { bool, N, TAG, uuid } from '../row-text';

export const careAgreementTable: CopyTable = {
  name: 'tekun_care_agreement',
  columns: ['id', 'resident_id', 'caregiver_name', 'caregiver_phone_encrypted', 'caregiver_relation', 'signed_on', 'valid_until'],
};
export const homeModificationTable: CopyTable = {
  name: 'home_modification',
  columns: ['id', 'region_code', 'applicant_name', 'hardship', 'subsidised', 'subsidy_yuan', 'applied_on', 'completed_on'],
};
export const smartTerminalTable: CopyTable = { name: 'smart_terminal', columns: ['id', 'region_code', 'device_kind', 'device_code', 'installed_on', 'removed_on', 'linked'] };

const FROM_2021 = dayOf('2021-01-01');
const KINDS = ['emergency_call', 'smart_watch', 'sensor', 'tv_box', 'kiosk'];

/**
 * Entrusted-care agreements of nine in ten 特困 people (drawn as People draws them: unit(seed, 15, i) < 0.03), signed 2021 on; one in five for two years.
 * The caregiver's phone column holds a placeholder (`v1.scale.<i>`), as the residents' 身份证 columns do.
 */
export function* careAgreementRows(plan: Plan): Generator<string> {
  const seed = plan.options.seed;
  let n = 0;
  for (let i = 0; i < plan.residents; i += 1) {
    if (unit(seed, 15, i) >= 0.03 || unit(seed, 40, i) >= 0.9) continue;
    const rng = Rng.of(seed, 41, i);
    const signed = FROM_2021 + rng.below(Math.max(1, plan.monthEnd - FROM_2021));
    const until = rng.chance(0.2) ? iso(signed + 729) : N;
    yield `${uuid(TAG.careAgreement, n)}\t${uuid(TAG.resident, i)}\t规模照料人${n}\tv1.scale.${n.toString(16)}\t邻居\t${iso(signed)}\t${until}\n`;
    n += 1;
  }
}

/** Four home modifications per village or community applied 2021 on, four in five of hardship households, most done 20–100 days later. */
export function* homeModificationRows(plan: Plan): Generator<string> {
  const seed = plan.options.seed;
  let n = 0;
  for (const township of plan.townships) {
    for (const village of township.villages) {
      for (let k = 0; k < 4; k += 1) {
        const rng = Rng.of(seed, 42, n);
        const applied = FROM_2021 + rng.below(Math.max(1, plan.monthEnd - FROM_2021));
        const hardship = rng.chance(0.8);
        const done = applied + 20 + rng.below(81);
        const completed = rng.chance(0.92) && done <= plan.monthEnd ? iso(done) : N;
        yield `${uuid(TAG.homeModification, n)}\t${village.code}\t规模申请人${n}\t${bool(hardship)}\t${bool(hardship)}\t${hardship ? 3000 + rng.below(11) * 500 : N}\t${iso(applied)}\t${completed}\n`;
        n += 1;
      }
    }
  }
}

/** A terminal in nine in ten communities and one in two villages, installed 2019–2023; one in ten not linked. */
export function* smartTerminalRows(plan: Plan): Generator<string> {
  const seed = plan.options.seed;
  const from = dayOf('2019-03-01');
  let n = 0;
  for (const township of plan.townships) {
    for (const village of township.villages) {
      const rng = Rng.of(seed, 43, n);
      if (!rng.chance(village.kind === 'community' ? 0.9 : 0.5)) {
        n += 1;
        continue;
      }
      const installed = from + rng.below(1800);
      yield `${uuid(TAG.smartTerminal, n)}\t${village.code}\t${KINDS[rng.below(KINDS.length)]}\tSCALE-${n}\t${iso(installed)}\t${N}\t${bool(rng.chance(0.9))}\n`;
      n += 1;
    }
  }
}
