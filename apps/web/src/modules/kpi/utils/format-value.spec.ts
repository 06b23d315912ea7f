import { comparatorSign, formatValue } from './format-value';

describe('formatValue', () => {
  it('rounds to the published decimals and groups thousands', () => {
    expect(formatValue(57.5283, 2)).toBe('57.53');
    expect(formatValue(7000, 0)).toBe('7,000');
    expect(formatValue(60, 2)).toBe('60');
  });

  it('shows a missing value as a dash', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(Number.NaN)).toBe('—');
  });

  it('writes comparators as signs', () => {
    expect(comparatorSign('>=')).toBe('≥');
    expect(comparatorSign('<')).toBe('<');
  });
});
