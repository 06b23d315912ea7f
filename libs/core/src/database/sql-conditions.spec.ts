import { SqlConditions } from './sql-conditions';

describe('SqlConditions', () => {
  it('numbers each bound value in the order its condition is added', () => {
    const filter = new SqlConditions();
    filter.params.push('scope-prefix%');
    filter.raw('r.region_code LIKE $1').add((p) => `r.status = ${p}`, 'open');
    const [low, high] = [filter.bind(1), filter.bind(9)];
    filter.raw(`r.level BETWEEN ${low} AND ${high}`);
    expect(filter.sql).toBe('r.region_code LIKE $1 AND r.status = $2 AND r.level BETWEEN $3 AND $4');
    expect(filter.params).toEqual(['scope-prefix%', 'open', 1, 9]);
  });

  it('is TRUE with no condition', () => {
    expect(new SqlConditions().sql).toBe('TRUE');
  });
});
