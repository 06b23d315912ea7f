import { IdNumbers, Rng, unit } from './random';

describe('seeded randomness shared by the demo and the scale data set', () => {
  // The figures are the draws of the two generators before they were merged into one: the same seed must keep giving
  // the same data, or the demo's quoted figures and the scale benchmark's data set change under them.
  it('draws the demo sequence from a seed', () => {
    const rng = new Rng(20201231);
    expect([rng.next(), rng.int(1, 6), rng.pick(['a', 'b', 'c'])]).toEqual([0.5762476739473641, 2, 'b']);
  });

  it("draws an entity's own sequence from (seed, salt, index), as the scale generator replays it", () => {
    const rng = Rng.of(42, 30, 7);
    expect([rng.next(), rng.below(100), rng.int(3, 6)]).toEqual([0.01780477841384709, 91, 3]);
    expect(unit(42, 15, 1000)).toBe(0.3879818147979677);
  });

  it('hands out 身份证 numbers with the GB 11643 check digit and an odd sequence digit for men', () => {
    const ids = new IdNumbers();
    expect(ids.next('110105', '1949-12-31', 'female')).toBe('11010519491231010X');
    expect(ids.next('110105', '1949-12-31', 'male')).toBe('110105194912310118');
  });
});
