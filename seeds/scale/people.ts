import { unit } from '../demo/random';
import { dayOf } from './days';
import type { Plan, Township } from './plan';

/**
 * The people of the registry, stateless: person i's attributes are drawn from (seed, salt, i) whenever a table needs
 * them, so a million people cost no memory.
 */
export interface Person {
  index: number;
  township: number;
  residence: string;
  hukou: string;
  birth: number;
  male: boolean;
  categories: string[];
  tekunMode: 'centralized' | 'dispersed' | null;
  willing: boolean | null;
  arrangement: 'alone' | 'empty_nest' | 'left_behind' | 'with_family';
}

export class People {
  private readonly starts: number[];
  private readonly order: number[];
  constructor(private readonly plan: Plan) {
    const living = plan.townships.map((t, i) => ({ t, i })).filter(({ t }) => t.personTo > t.personFrom);
    this.order = living.map(({ i }) => i);
    this.starts = living.map(({ t }) => t.personFrom);
  }
  townshipOf(index: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return this.order[low];
  }
  villageCode(township: Township, index: number): string {
    const span = township.personTo - township.personFrom;
    return township.villages[Math.min(township.villages.length - 1, Math.floor(((index - township.personFrom) * township.villages.length) / span))].code;
  }
  get(index: number): Person {
    const seed = this.plan.options.seed;
    const townshipIndex = this.townshipOf(index);
    const township = this.plan.townships[townshipIndex];
    const residence = this.villageCode(township, index);
    let hukou = residence;
    if (unit(seed, 11, index) < 0.05) {
      const county = this.plan.counties[township.county];
      const other = this.plan.townships[county.townships[Math.floor(unit(seed, 12, index) * county.townships.length)]];
      hukou = other.villages[Math.floor(unit(seed, 13, index) * other.villages.length)].code;
    }
    const birth = dayOf('1928-01-01') + Math.floor(unit(seed, 14, index) * 40 * 365.25);
    const c = unit(seed, 15, index);
    const categories: string[] = [];
    if (c < 0.03) categories.push('tekun');
    else if (c < 0.08) categories.push('dibao');
    else if (c < 0.1) categories.push('dibao_edge');
    if (unit(seed, 16, index) < 0.04) categories.push('disabled_certified');
    if (unit(seed, 17, index) < 0.01) categories.push('family_planning_special');
    const tekun = categories[0] === 'tekun';
    const centralized = tekun && unit(seed, 18, index) < 0.45;
    const w = unit(seed, 19, index);
    const a = unit(seed, 20, index);
    return {
      index,
      township: townshipIndex,
      residence,
      hukou,
      birth,
      male: unit(seed, 21, index) < 0.46,
      categories,
      tekunMode: tekun ? (centralized ? 'centralized' : 'dispersed') : null,
      willing: tekun ? (centralized ? true : w < 0.35 ? true : w < 0.45 ? null : false) : null,
      arrangement: a < 0.07 ? 'alone' : a < 0.16 ? 'empty_nest' : a < 0.2 ? 'left_behind' : 'with_family',
    };
  }
}

/** A person's stay history, filled while stays are written: what orders and visits need to know of them. */
export const NO_STAY = 0;
export const OPEN_STAY = 1;
export const DIED = 2;
export const DISCHARGED = 3;
