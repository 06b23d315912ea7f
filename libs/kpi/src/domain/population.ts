import type { RegionLevel } from '@yiyang/core';
import type { PopulationBasis, RegionNode, ResolvedPopulation } from './roll-up';

const LEVEL_DEPTH: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, township: 3, village: 4 };

/** Own figure, else the sum of the children's (recursively), per basis; registered before resident. */
export function populationResolver(
  tree: ReadonlyMap<string, RegionNode>,
  figures: { code: string; basis: PopulationBasis; people: number }[],
): (code: string) => ResolvedPopulation | null {
  const own = new Map(figures.map((figure) => [`${figure.code}|${figure.basis}`, Number(figure.people)]));
  const children = new Map<string, string[]>();
  for (const node of tree.values()) {
    const parent = parentIn(tree, node);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), node.code]);
  }
  const memo = new Map<string, number | null>();
  const resolve = (code: string, basis: PopulationBasis): number | null => {
    const key = `${code}|${basis}`;
    if (memo.has(key)) return memo.get(key)!;
    let value = own.get(key) ?? null;
    if (value === null) {
      const below = (children.get(code) ?? []).map((child) => resolve(child, basis)).filter((people): people is number => people !== null);
      value = below.length ? below.reduce((sum, people) => sum + people, 0) : null;
    }
    memo.set(key, value);
    return value;
  };
  return (code) => {
    for (const basis of ['registered', 'resident'] as const) {
      const people = resolve(code, basis);
      if (people !== null) return { age60Plus: people, basis };
    }
    return null;
  };
}

/** The nearest region of the tree above a node (a city without counties has its townships right below it). */
function parentIn(tree: ReadonlyMap<string, RegionNode>, node: RegionNode): string | null {
  const lengths = [2, 4, 6, 9].filter((_, index) => index < LEVEL_DEPTH[node.level]).reverse();
  for (const length of lengths) {
    const code = node.code.slice(0, length).padEnd(12, '0');
    if (code !== node.code && tree.has(code)) return code;
  }
  return null;
}
