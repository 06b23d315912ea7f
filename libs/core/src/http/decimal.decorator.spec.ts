import { validateSync } from 'class-validator';
import { IsDecimal } from './decimal.decorator';

class Score {
  @IsDecimal(1)
  value: unknown;
}

const valid = (value: unknown) => validateSync(Object.assign(new Score(), { value })).length === 0;

describe('IsDecimal', () => {
  it('takes numbers with at most the given decimal places', () => {
    expect([0, 87.5, 120, -3, 1e21].every(valid)).toBe(true);
  });

  it('refuses more places, numbers written with an exponent, and non-numbers', () => {
    expect([87.55, 1e-7, -3e-323, 5e-324, '1', null, Number.NaN, Infinity].some(valid)).toBe(false);
  });
});
