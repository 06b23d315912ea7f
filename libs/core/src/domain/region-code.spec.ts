import { impliedParentCode, isInRegionSubtree, isRegionCode, regionLevelOf, regionSubtreePrefix } from './region-code';

describe('region codes (统计用区划代码)', () => {
  it.each([
    ['500000000000', 'province', '50'],
    ['330200000000', 'city', '3302'],
    ['500112000000', 'county', '500112'],
    ['500112001000', 'township', '500112001'],
    ['620802001001', 'village', '620802001001'],
    ['110101000000', 'county', '110101'],
  ])('%s is a %s with subtree prefix %s', (code, level, prefix) => {
    expect(regionLevelOf(code)).toBe(level);
    expect(regionSubtreePrefix(code)).toBe(prefix);
  });

  it('refuses codes that are not 12 digits', () => {
    expect(isRegionCode('50011200000')).toBe(false);
    expect(isRegionCode('5001120000001')).toBe(false);
    expect(isRegionCode('50011200000a')).toBe(false);
    expect(() => regionLevelOf('5001')).toThrow(/12-digit/);
  });

  it('places a township in its county and city but not in a neighbour', () => {
    expect(isInRegionSubtree('500112001000', '500112000000')).toBe(true);
    expect(isInRegionSubtree('500112001000', '500000000000')).toBe(true);
    expect(isInRegionSubtree('500112001000', '500112001000')).toBe(true);
    expect(isInRegionSubtree('500113001000', '500112000000')).toBe(false);
    expect(isInRegionSubtree('330203001000', '330200000000')).toBe(true);
    expect(isInRegionSubtree('330903001000', '330200000000')).toBe(false);
  });

  it('derives the parent from the code', () => {
    expect(impliedParentCode('500112001000')).toBe('500112000000');
    expect(impliedParentCode('500112000000')).toBe('500100000000');
    expect(impliedParentCode('500100000000')).toBe('500000000000');
    expect(impliedParentCode('500000000000')).toBeNull();
    expect(impliedParentCode('330203001002')).toBe('330203001000');
  });
});
