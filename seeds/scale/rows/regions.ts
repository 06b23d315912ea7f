import type { CopyTable } from '../copy';
import type { People } from '../people';
import { SCALE_PROVINCE, SCALE_PROVINCE_NAME, type Plan } from '../plan';
import { N } from '../row-text';

export const regionTable: CopyTable = { name: 'region', columns: ['code', 'name', 'level', 'kind', 'parent_code', 'administered_by'] };

/** The province, its 13 cities, the counties, townships and villages of the plan. */
export function regionCount(plan: Plan): number {
  return 1 + new Set(plan.counties.map((c) => c.code.slice(0, 4))).size + plan.counties.length + plan.townships.reduce((a, t) => a + 1 + t.villages.length, 0);
}

export function* regionRows(plan: Plan): Generator<string> {
  const row = (code: string, name: string, level: string, kind: string | null, parent: string | null, administeredBy: string | null = null) =>
    `${code}\t${name}\t${level}\t${kind ?? N}\t${parent ?? N}\t${administeredBy ?? N}\n`;
  yield row(SCALE_PROVINCE, SCALE_PROVINCE_NAME, 'province', null, null);
  const cities = [...new Set(plan.counties.map((c) => c.code.slice(0, 4)))];
  for (const city of cities) yield row(`${city}00000000`, `规模${Number(city.slice(2))}市`, 'city', null, SCALE_PROVINCE);
  for (const county of plan.counties) yield row(county.code, county.name, 'county', null, `${county.code.slice(0, 4)}00000000`);
  for (const t of plan.townships) yield row(t.code, t.name, 'township', t.kind, plan.counties[t.county].code, t.administeredBy);
  for (const t of plan.townships) {
    for (const [i, v] of t.villages.entries()) yield row(v.code, `${t.name}${i + 1}${v.kind === 'community' ? '社区' : '村'}`, 'village', v.kind, t.code);
  }
}

export const populationTable: CopyTable = { name: 'region_population', columns: ['region_code', 'year', 'basis', 'age60_plus', 'age65_plus', 'age80_plus', 'source'] };

/** Census (2020) and sample-survey (2025) 60+ figures of the counties, in line with the people generated there. */
export function* populationRows(plan: Plan, people: People): Generator<string> {
  for (const [c, county] of plan.counties.entries()) {
    let older = 0;
    for (const t of county.townships) {
      const township = plan.townships[t];
      // Sampled, not counted: a county's 60+ share of the people in the registry, scaled up to the whole population.
      const span = township.personTo - township.personFrom;
      let sampled = 0;
      const step = Math.max(1, Math.floor(span / 200));
      let n = 0;
      for (let i = township.personFrom; i < township.personTo; i += step, n += 1) if (people.get(i).birth <= plan.d - Math.round(60 * 365.25)) sampled += 1;
      older += n ? (sampled / n) * span : 0;
    }
    const base = Math.round(older * 1.4);
    yield `${county.code}\t2020\tresident\t${base}\t${Math.round(base * 0.7)}\t${Math.round(base * 0.15)}\t第七次全国人口普查（规模测试）\n`;
    if (c % 2 === 0) yield `${county.code}\t2025\tresident\t${Math.round(base * 1.12)}\t${Math.round(base * 0.8)}\t${Math.round(base * 0.17)}\t2025年人口抽样调查（规模测试）\n`;
  }
}
