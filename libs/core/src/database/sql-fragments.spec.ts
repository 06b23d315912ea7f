import { inForceOn, localDateOf, notClosedOn, openOn, townshipOf } from './sql-fragments';

describe('SQL fragments', () => {
  it('writes the in-force and open predicates over half-open periods', () => {
    expect(inForceOn('p', '$2::date')).toBe('p.valid_from <= $2::date AND (p.valid_to IS NULL OR p.valid_to > $2::date)');
    expect(inForceOn('', ':day')).toBe('valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)');
    expect(openOn('b', ':day')).toBe('b.opened_on <= :day AND (b.closed_on IS NULL OR b.closed_on > :day)');
    expect(notClosedOn('f', '$3')).toBe('(f.closed_on IS NULL OR f.closed_on > $3)');
  });

  it('finds the township of a code and the local date of an instant', () => {
    expect(townshipOf('f.region_code')).toBe("rpad(left(f.region_code, 9), 12, '0')");
    expect(localDateOf('s.starts_at')).toBe("(s.starts_at AT TIME ZONE 'Asia/Shanghai')::date");
  });
});
