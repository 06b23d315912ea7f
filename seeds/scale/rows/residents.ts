import type { CopyTable } from '../copy';
import { iso } from '../days';
import type { People } from '../people';
import type { Plan } from '../plan';
import { array, bool, N, TAG, uuid } from '../row-text';

export const residentTable: CopyTable = {
  name: 'resident',
  columns: ['id', 'name', 'id_number_encrypted', 'id_number_hash', 'sex', 'birth_date', 'hukou_region_code', 'residence_region_code', 'categories', 'living_arrangement', 'tekun_support_mode', 'willing_centralized'],
};

/** The registry's people; their 身份证 columns hold placeholders (`v1.scale.<i>`, the index in hex), not ciphertexts. */
export function* residentRows(plan: Plan, people: People): Generator<string> {
  for (let i = 0; i < plan.residents; i += 1) {
    const p = people.get(i);
    yield `${uuid(TAG.resident, i)}\t规模老人${i}\tv1.scale.${i}\t${i.toString(16).padStart(64, '0')}\t${p.male ? 'male' : 'female'}\t${iso(p.birth)}\t${p.hukou}\t${p.residence}\t${array(
      p.categories,
    )}\t${p.arrangement}\t${p.tekunMode ?? N}\t${p.willing === null ? N : bool(p.willing)}\n`;
  }
}
