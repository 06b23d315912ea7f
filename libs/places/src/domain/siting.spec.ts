import fc from 'fast-check';
import { coveredBy, greedySiting, sitingChanges, type SitingDemand, type SitingInput, type SitingReach } from './siting';

/** Every k-subset of `items` (k ≤ items.length). */
function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, k - 1).map((subset) => [first!, ...subset]), ...subsets(rest, k)];
}

/** The best any K sites can do, by trying all of them (fewer sites when there are fewer candidates). */
function bruteForce(input: SitingInput): number {
  const k = Math.min(input.k, input.candidates.length);
  return Math.max(0, ...subsets(input.candidates, k).map((sites) => coveredBy(sites, input)));
}

const demand = (code: string, population: number): SitingDemand => ({ code, population });
const reach = (site: string, ...demands: string[]): SitingReach[] => demands.map((d) => ({ site, demand: d }));

/** Small random worlds: up to 7 candidates, 9 communities, each pair reaching with the given odds. */
const worlds = (odds: number) =>
  fc
    .record({
      candidates: fc.integer({ min: 1, max: 7 }),
      populations: fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 9 }),
      links: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 63, maxLength: 63 }),
      k: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ candidates, populations, links, k }) => {
      const sites = Array.from({ length: candidates }, (_, i) => `S${i}`);
      const demands = populations.map((population, j) => demand(`D${j}`, population));
      const reaches = sites.flatMap((site, i) => demands.filter((_, j) => links[i * 9 + j]! < odds).map((d) => ({ site, demand: d.code })));
      return { candidates: sites, demands, reaches, k } satisfies SitingInput;
    });

describe('greedy siting (选址建议)', () => {
  it('equals brute force for one site: the heaviest candidate', () => {
    fc.assert(
      fc.property(worlds(0.4), (world) => {
        const input = { ...world, k: 1 };
        expect(greedySiting(input).added).toBe(bruteForce(input));
      }),
      { numRuns: 300 },
    );
  });

  it('equals brute force when no two candidates reach the same community (disjoint circles)', () => {
    fc.assert(
      fc.property(worlds(1), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 9, maxLength: 9 }), (world, owner) => {
        // Each community is reached by one candidate at most (or none, when its owner is not a candidate).
        const reaches = world.demands.flatMap((d, j) => (owner[j]! < world.candidates.length ? [{ site: world.candidates[owner[j]!]!, demand: d.code }] : []));
        const input = { ...world, reaches };
        expect(greedySiting(input).added).toBe(bruteForce(input));
      }),
      { numRuns: 300 },
    );
  });

  it('equals brute force on nested circles (each candidate reaches what the next does, and more)', () => {
    const demands = [demand('D1', 500), demand('D2', 300), demand('D3', 200), demand('D4', 100)];
    const reaches = [...reach('A', 'D1', 'D2', 'D3', 'D4'), ...reach('B', 'D2', 'D3', 'D4'), ...reach('C', 'D3', 'D4'), ...reach('E', 'D1')];
    for (let k = 1; k <= 4; k++) {
      const input = { candidates: ['A', 'B', 'C', 'E'], demands, reaches, k };
      expect(greedySiting(input).added).toBe(bruteForce(input));
    }
  });

  it('never falls below (1 − 1/e) of the best K sites', () => {
    fc.assert(
      fc.property(worlds(0.35), (input) => {
        const best = bruteForce(input);
        const greedy = greedySiting(input).added;
        expect(greedy).toBeLessThanOrEqual(best);
        expect(greedy).toBeGreaterThanOrEqual((1 - 1 / Math.E) * best - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the heavier centre first and so misses the best pair (a known case)', () => {
    // L reaches a and b, R reaches c and d, the centre C reaches b and c: C (600) outweighs L and R (500 each),
    // but once it stands, L and R bring 200 each: 800, where L and R together bring 1,000.
    const input: SitingInput = {
      candidates: ['C', 'L', 'R'],
      demands: [demand('a', 200), demand('b', 300), demand('c', 300), demand('d', 200)],
      reaches: [...reach('L', 'a', 'b'), ...reach('C', 'b', 'c'), ...reach('R', 'c', 'd')],
      k: 2,
    };
    const proposal = greedySiting(input);
    expect(proposal.sites.map(({ code, added, cumulative }) => ({ code, added, cumulative }))).toEqual([
      { code: 'C', added: 600, cumulative: 600 },
      { code: 'L', added: 200, cumulative: 800 },
    ]);
    expect(proposal.leftOut).toEqual([demand('d', 200)]);
    expect(bruteForce(input)).toBe(1000);
    expect(proposal.added).toBeGreaterThanOrEqual((1 - 1 / Math.E) * 1000);
  });

  it('breaks ties by the lowest code, whatever order the candidates come in', () => {
    const demands = [demand('a', 100), demand('b', 100)];
    const reaches = [...reach('Z', 'b'), ...reach('M', 'a'), ...reach('B', 'a')];
    expect(greedySiting({ candidates: ['Z', 'M', 'B'], demands, reaches, k: 1 }).sites[0]!.code).toBe('B');
    expect(greedySiting({ candidates: ['B', 'M', 'Z'], demands, reaches: [...reaches].reverse(), k: 2 }).sites.map((s) => s.code)).toEqual(['B', 'Z']);
  });

  it('stops early when no site brings anyone more in, and says who is left out, heaviest first', () => {
    const input: SitingInput = {
      candidates: ['A', 'B', 'C'],
      demands: [demand('x', 400), demand('y', 0), demand('z', 900), demand('w', 900)],
      reaches: [...reach('A', 'x', 'y'), ...reach('B', 'x'), ...reach('C', 'y')],
      k: 5,
    };
    const proposal = greedySiting(input);
    expect(proposal.sites).toEqual([{ code: 'A', added: 400, cumulative: 400, brings: ['x', 'y'] }]);
    expect(proposal.leftOut).toEqual([demand('w', 900), demand('z', 900)]);
  });

  it('proposes nothing where nothing is uncovered', () => {
    expect(greedySiting({ candidates: ['A'], demands: [], reaches: [], k: 3 })).toEqual({ sites: [], added: 0, leftOut: [] });
  });
});

describe('the proposal as scenario changes', () => {
  const sites = [
    { name: '村三', townshipCode: '500112100000' },
    { name: '社区一', townshipCode: '500112001000' },
  ];

  it('adds a comprehensive centre per township-centre site', () => {
    expect(sitingChanges(sites, 'township_centre', '2025-07-01')).toEqual([
      { kind: 'add_centre', townshipCode: '500112100000', from: '2025-07-01' },
      { kind: 'add_centre', townshipCode: '500112001000', from: '2025-07-01' },
    ]);
  });

  it('opens a facility of the kind, without beds, named after its community', () => {
    expect(sitingChanges(sites.slice(0, 1), 'canteen', '2025-07-01')).toEqual([
      { kind: 'open_facility', townshipCode: '500112100000', facilityKind: 'canteen', beds: 0, careBeds: 0, from: '2025-07-01', name: '村三老年食堂' },
    ]);
  });
});
