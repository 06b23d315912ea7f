import { countyPasses } from './passes';

describe('countyPasses', () => {
  // 宁波市 (10 counties) and 舟山市 (4).
  const sizes: Record<string, number> = { '330200000000': 10, '330900000000': 4 };
  const countiesOf = (city: string) => sizes[city] ?? 0;

  it('makes a lone county a pass of its own', () => {
    expect(countyPasses(['330203000000'], countiesOf)).toEqual([{ slice: '330203000000', counties: ['330203000000'] }]);
  });

  it('passes over the city when a third or more of its counties are touched, and county by county below that', () => {
    const ningbo = ['330212000000', '330203000000', '330213000000', '330226000000'];
    expect(countyPasses(ningbo, countiesOf)).toEqual([{ slice: '330200000000', counties: [...ningbo].sort() }]);
    expect(countyPasses(ningbo.slice(0, 3), countiesOf)).toEqual(ningbo.slice(0, 3).sort().map((county) => ({ slice: county, counties: [county] })));
  });

  it('decides city by city and puts every county in exactly one pass, once', () => {
    const touched = ['330902000000', '330203000000', '330903000000', '330203000000'];
    const passes = countyPasses(touched, countiesOf);
    expect(passes).toEqual([
      { slice: '330203000000', counties: ['330203000000'] },
      { slice: '330900000000', counties: ['330902000000', '330903000000'] },
    ]);
    expect(passes.flatMap((pass) => pass.counties).sort()).toEqual([...new Set(touched)].sort());
  });

  it('passes over a city-level code with townships right under it (东莞市) by itself, never over its province', () => {
    const touched = ['441900000000', '442000000000'];
    expect(countyPasses(touched, () => 0)).toEqual(touched.map((code) => ({ slice: code, counties: [code] })));
  });
});
