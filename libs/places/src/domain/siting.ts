/**
 * 选址建议 siting: where up to K new facilities bring the most older people into a service circle (养老服务圈).
 * Greedy maximal coverage over a list of (site, community) pairs — which candidate site lies within which
 * uncovered community's circle — that the SQL of circle.sql.ts computes set-based; this file holds the arithmetic,
 * with no database.
 *
 * Greedy takes, one site at a time, the candidate that brings in the most people not yet covered. Coverage is
 * monotone and submodular, so greedy's total is never below (1 − 1/e) ≈ 63 % of the best K sites' (Nemhauser,
 * Wolsey & Fisher 1978), and it is the best when K = 1 or when no two candidates reach the same community.
 */

/** A community outside every circle of the kind: its code and its older (60+) population, the weight it carries. */
export interface SitingDemand {
  code: string;
  population: number;
}

/** The candidate `site` lies within the service circle of the uncovered community `demand`. */
export interface SitingReach {
  site: string;
  demand: string;
}

export interface SitingInput {
  /** Candidate sites (the communities' points), by code. */
  candidates: readonly string[];
  demands: readonly SitingDemand[];
  reaches: readonly SitingReach[];
  /** Sites to propose at most. */
  k: number;
}

export interface SitingPick {
  code: string;
  /** Older people this site brings into a circle that the sites before it did not. */
  added: number;
  /** Older people the proposal has brought in so far, this site included. */
  cumulative: number;
  /** The communities it brings in, by code. */
  brings: string[];
}

export interface SitingProposal {
  sites: SitingPick[];
  /** Older people the whole proposal brings in. */
  added: number;
  /** Communities still outside every circle afterwards, heaviest first (ties by code). */
  leftOut: SitingDemand[];
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The communities each candidate reaches, candidates in code order (the tie-break), unknown codes dropped. */
function reachOf(input: Pick<SitingInput, 'candidates' | 'demands' | 'reaches'>): Map<string, string[]> {
  const known = new Set(input.demands.map((demand) => demand.code));
  const reach = new Map<string, string[]>([...new Set(input.candidates)].sort(byCode).map((code) => [code, []]));
  for (const { site, demand } of input.reaches) if (known.has(demand)) reach.get(site)?.push(demand);
  return reach;
}

/**
 * Up to `k` sites, greedily: each the candidate bringing in the most older people not yet covered, the lowest code
 * among equals; it stops early when no candidate brings anyone more in.
 */
export function greedySiting(input: SitingInput): SitingProposal {
  const population = new Map(input.demands.map((demand) => [demand.code, demand.population]));
  const reach = reachOf(input);
  const covered = new Set<string>();
  const sites: SitingPick[] = [];
  let cumulative = 0;
  while (sites.length < input.k) {
    let best: { code: string; gain: number; brings: string[] } | null = null;
    for (const [code, demands] of reach) {
      const brings = demands.filter((demand) => !covered.has(demand));
      const gain = brings.reduce((sum, demand) => sum + population.get(demand)!, 0);
      if (gain > (best?.gain ?? 0)) best = { code, gain, brings };
    }
    if (!best) break;
    for (const demand of best.brings) covered.add(demand);
    cumulative += best.gain;
    sites.push({ code: best.code, added: best.gain, cumulative, brings: [...best.brings].sort(byCode) });
    reach.delete(best.code);
  }
  const leftOut = input.demands.filter((demand) => !covered.has(demand.code)).sort((a, b) => b.population - a.population || byCode(a.code, b.code));
  return { sites, added: cumulative, leftOut };
}

/** Older people a set of sites brings into a circle (each community counted once): what greedy maximises. */
export function coveredBy(sites: readonly string[], input: Pick<SitingInput, 'candidates' | 'demands' | 'reaches'>): number {
  const population = new Map(input.demands.map((demand) => [demand.code, demand.population]));
  const reach = reachOf(input);
  const covered = new Set(sites.flatMap((site) => reach.get(site) ?? []));
  return [...covered].reduce((sum, demand) => sum + population.get(demand)!, 0);
}

/** The kinds of facility a circle counts (circle.sql.ts's CIRCLE_FACILITY_KINDS), as siting names a new one. */
export const NEW_FACILITY_NAME: Record<'community_station' | 'township_centre' | 'mutual_aid' | 'canteen', string> = {
  community_station: '社区养老服务站',
  township_centre: '乡镇（街道）综合养老服务中心',
  mutual_aid: '农村互助养老点',
  canteen: '老年食堂',
};

/** A change of a what-if scenario (情景推演), in the shape POST /kpi/scenarios/evaluate takes. */
export type SitingScenarioChange =
  | { kind: 'add_centre'; townshipCode: string; from: string }
  | { kind: 'open_facility'; townshipCode: string; facilityKind: string; beds: 0; careBeds: 0; from: string; name: string };

/**
 * The proposal as scenario changes from `from`, one per site in its order: a township centre is the scenario's
 * "add a comprehensive centre in a township" (综合养老服务中心); any other kind opens a facility of that kind, with no
 * beds, named after the community it stands in (村三老年食堂).
 */
export function sitingChanges(
  sites: readonly { name: string; townshipCode: string }[],
  facilityKind: keyof typeof NEW_FACILITY_NAME,
  from: string,
): SitingScenarioChange[] {
  return sites.map(({ name, townshipCode }) =>
    facilityKind === 'township_centre'
      ? { kind: 'add_centre', townshipCode, from }
      : { kind: 'open_facility', townshipCode, facilityKind, beds: 0, careBeds: 0, from, name: `${name}${NEW_FACILITY_NAME[facilityKind]}` },
  );
}
