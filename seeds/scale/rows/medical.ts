import { Rng } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import { isInstitution, type Plan } from '../plan';
import { bool, N, TAG, uuid } from '../row-text';

/**
 * 医养结合 records: a health centre in every township (township health centre, or community health centre in a street)
 * and a general and a TCM hospital in each county (at its first township); agreements of care homes with the health
 * centre of their township; a 康养联合体 in three counties in five. Institution n is the n-th of medicalInstitutions().
 */

interface MedicalInstitution {
  index: number;
  township: number;
  name: string;
  kind: string;
  level: string;
}

export function medicalInstitutions(plan: Plan): MedicalInstitution[] {
  const list: MedicalInstitution[] = [];
  for (const [c, county] of plan.counties.entries()) {
    const first = county.townships[0];
    list.push({ index: list.length, township: first, name: `${county.name}人民医院`, kind: 'general_hospital', level: 'secondary' });
    list.push({ index: list.length, township: first, name: `${county.name}中医院`, kind: 'tcm_hospital', level: c % 7 === 0 ? 'tertiary' : 'secondary' });
  }
  for (const [t, township] of plan.townships.entries()) {
    if (township.kind === 'other') continue;
    const street = township.kind === 'street';
    list.push({ index: list.length, township: t, name: `${township.name}${street ? '社区卫生服务中心' : '卫生院'}`, kind: street ? 'community_health_centre' : 'township_health_centre', level: 'primary' });
  }
  return list;
}

export const medicalInstitutionTable: CopyTable = { name: 'medical_institution', columns: ['id', 'name', 'kind', 'level', 'region_code', 'opened_on', 'closed_on'] };

/** Opened 1990–2020 (one in five without a known date); one in fifty closed since 2022. */
export function* medicalInstitutionRows(plan: Plan): Generator<string> {
  for (const m of medicalInstitutions(plan)) {
    const rng = Rng.of(plan.options.seed, 100, m.index);
    const opened = dayOf('1990-01-01') + rng.below(31 * 365);
    const closed = rng.chance(0.02) ? dayOf('2022-01-01') + rng.below(1700) : null;
    yield `${uuid(TAG.medicalInstitution, m.index)}\t${m.name}\t${m.kind}\t${m.level}\t${plan.townships[m.township].code}\t${rng.chance(0.2) ? N : iso(opened)}\t${
      closed === null ? N : iso(closed)
    }\n`;
  }
}

export const medicalAgreementTable: CopyTable = { name: 'medical_agreement', columns: ['id', 'facility_id', 'medical_institution_id', 'signed_on', 'valid_until', 'services'] };

/**
 * Seven care homes in ten have signed with their township's health centre (2018 on; half for three years, some of those
 * expiring in the month measured), and one in four with their county's general hospital too.
 */
export function* medicalAgreementRows(plan: Plan): Generator<string> {
  const institutions = medicalInstitutions(plan);
  const centreOf = new Map<number, number>();
  const hospitalOf = new Map<number, number>();
  for (const m of institutions) {
    if (m.kind === 'general_hospital') hospitalOf.set(plan.townships[m.township].county, m.index);
    else if (m.kind !== 'tcm_hospital') centreOf.set(m.township, m.index);
  }
  let n = 0;
  for (const f of plan.facilities) {
    if (!isInstitution(f.kind)) continue;
    const rng = Rng.of(plan.options.seed, 101, f.index);
    const partners = [centreOf.get(f.township), rng.chance(0.25) ? hospitalOf.get(plan.townships[f.township].county) : undefined];
    for (const [k, partner] of partners.entries()) {
      if (partner === undefined || (k === 0 && !rng.chance(0.7))) continue;
      const signed = Math.max(f.opened, dayOf('2018-01-01') + rng.below(Math.max(1, plan.monthEnd - dayOf('2018-01-01'))));
      const until = rng.chance(0.05) ? plan.monthStart + rng.below(plan.monthEnd - plan.monthStart) : rng.chance(0.5) ? signed + 3 * 365 : null;
      yield `${uuid(TAG.medicalAgreement, n++)}\t${f.id}\t${uuid(TAG.medicalInstitution, partner)}\t${iso(signed)}\t${until === null || until < signed ? N : iso(until)}\t巡诊、转诊绿色通道\n`;
    }
  }
}

export const consortiumTable: CopyTable = { name: 'kangyang_consortium', columns: ['id', 'name', 'region_code', 'established_on', 'dissolved_on', 'meets_five_standards'] };
export const consortiumMemberTable: CopyTable = { name: 'consortium_member', columns: ['id', 'consortium_id', 'facility_id', 'medical_institution_id'] };

/** Consortium c of county c (three counties in five), set up 2020 on, three in five meeting 五有; one in thirty dissolved. */
function consortiumOf(plan: Plan, county: number): { established: number; dissolved: number | null; five: boolean } | null {
  const rng = Rng.of(plan.options.seed, 102, county);
  if (!rng.chance(0.6)) return null;
  const established = dayOf('2020-01-01') + rng.below(Math.max(1, plan.monthEnd - dayOf('2020-01-01')));
  return { established, dissolved: rng.chance(1 / 30) ? established + 200 + rng.below(800) : null, five: rng.chance(0.6) };
}

export function* consortiumRows(plan: Plan): Generator<string> {
  for (const [c, county] of plan.counties.entries()) {
    const consortium = consortiumOf(plan, c);
    if (!consortium) continue;
    yield `${uuid(TAG.consortium, c)}\t${county.name}康养联合体\t${plan.townships[county.townships[0]].code}\t${iso(consortium.established)}\t${
      consortium.dissolved === null ? N : iso(consortium.dissolved)
    }\t${bool(consortium.five)}\n`;
  }
}

/** Members: the county's general hospital and up to three care homes of the county. */
export function* consortiumMemberRows(plan: Plan): Generator<string> {
  const homes = new Map<number, string[]>();
  for (const f of plan.facilities) if (isInstitution(f.kind)) homes.set(plan.townships[f.township].county, [...(homes.get(plan.townships[f.township].county) ?? []), f.id]);
  let n = 0;
  for (const c of plan.counties.keys()) {
    if (!consortiumOf(plan, c)) continue;
    yield `${uuid(TAG.consortiumMember, n++)}\t${uuid(TAG.consortium, c)}\t${N}\t${uuid(TAG.medicalInstitution, c * 2)}\n`;
    for (const id of (homes.get(c) ?? []).slice(0, 3)) yield `${uuid(TAG.consortiumMember, n++)}\t${uuid(TAG.consortium, c)}\t${id}\t${N}\n`;
  }
}
