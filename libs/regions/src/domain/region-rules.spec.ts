import { regionProblems } from './region-rules';

const fields = (input: Parameters<typeof regionProblems>[0]) => regionProblems(input).map((p) => p.field);

describe('regionProblems', () => {
  it('accepts the real divisions of Yubei', () => {
    expect(regionProblems({ code: '500000000000', name: '重庆市', level: 'province' })).toEqual([]);
    expect(regionProblems({ code: '500100000000', name: '市辖区', level: 'city', parentCode: '500000000000' })).toEqual([]);
    expect(regionProblems({ code: '500112000000', name: '渝北区', level: 'county', parentCode: '500100000000' })).toEqual([]);
    expect(regionProblems({ code: '500112002000', name: '双龙湖街道', level: 'township', parentCode: '500112000000', kind: 'street' })).toEqual([]);
    expect(regionProblems({ code: '500112002001', name: '某社区', level: 'village', parentCode: '500112002000', kind: 'community' })).toEqual([]);
  });

  it('refuses codes that are not 12 digits', () => {
    expect(fields({ code: '50011200200', name: 'x', level: 'township', parentCode: '500112000000', kind: 'street' })).toEqual(['code']);
  });

  it('refuses a code that does not extend its parent', () => {
    expect(fields({ code: '500112002000', name: 'x', level: 'township', parentCode: '500113000000', kind: 'street' })).toEqual(['parentCode']);
  });

  it('refuses a township whose parent is not a county', () => {
    const problems = regionProblems({ code: '500112002000', name: 'x', level: 'township', parentCode: '500100000000', kind: 'street' });
    expect(problems).toEqual([{ field: 'parentCode', message: 'the parent of 500112002000 is 500112000000: a code extends its parent\'s prefix' }]);
  });

  it('refuses a level the code does not have', () => {
    expect(fields({ code: '500112000000', name: 'x', level: 'township', parentCode: '500100000000', kind: 'street' })).toContain('level');
  });

  it('refuses a kind that does not fit the level, and an unknown level', () => {
    expect(fields({ code: '500112002000', name: 'x', level: 'township', parentCode: '500112000000', kind: 'community' })).toEqual(['kind']);
    expect(fields({ code: '500112000000', name: 'x', level: 'county', parentCode: '500100000000', kind: 'street' })).toEqual(['kind']);
    expect(fields({ code: '500112000000', name: 'x', level: 'district', parentCode: '500100000000' })).toEqual(['level']);
  });
});
