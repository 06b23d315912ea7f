import { ageOn, checkDigit, failedIdNumberCheck, idNumberProblems, makeIdNumber, readIdNumber } from './id-number';

describe('身份证 numbers', () => {
  it('accepts the textbook example 11010519491231002X', () => {
    expect(readIdNumber('11010519491231002x')).toEqual({ normalised: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' });
  });

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(checkDigit('11010519491231002')).toBe('X');
    // The example of GB 11643-1999.
    expect(readIdNumber('440524188001010014')).toEqual({ normalised: '440524188001010014', birthDate: '1880-01-01', sex: 'male' });
  });

  it('reads sex from the 17th digit', () => {
    expect(readIdNumber(makeIdNumber('500112', '1948-01-01', '123'))).toMatchObject({ sex: 'male' });
    expect(readIdNumber(makeIdNumber('500112', '1948-01-01', '124'))).toMatchObject({ sex: 'female' });
  });

  it.each([
    ['50011219480101123', 'an ID number has 17 digits'],
    ['5001121948010112345', 'an ID number has 17 digits'],
    ['50011219480101123Y', 'an ID number has 17 digits'],
    ['500112194802301234', 'not a valid date of birth'],
    ['500112194801011230', 'check digit'],
  ])('refuses %s', (number, reason) => {
    const result = readIdNumber(number);
    expect('problem' in result && result.problem).toContain(reason);
  });

  it('refuses a number that disagrees with the given birth date or sex, or lies in the future', () => {
    const man = makeIdNumber('330203', '1956-07-12', '123');
    expect(idNumberProblems(man, { birthDate: '1956-07-12', sex: 'male' }, '2026-01-01')).toEqual([]);
    expect(idNumberProblems(man, { birthDate: '1956-07-13', sex: 'female' }, '2026-01-01').map((p) => p.field)).toEqual(['birthDate', 'sex']);
    expect(idNumberProblems(makeIdNumber('330203', '2030-01-01', '123'), {}, '2026-01-01')[0].message).toContain('future');
  });

  it('names the first check a number fails, as the registration form shows it while it is typed', () => {
    expect(failedIdNumberCheck('5001121948', '2026-01-01')).toBe('length');
    expect(failedIdNumberCheck('50011219480101123Y', '2026-01-01')).toBe('length');
    expect(failedIdNumberCheck('500112194802301234', '2026-01-01')).toBe('birth_date');
    expect(failedIdNumberCheck(makeIdNumber('330203', '2030-01-01', '123'), '2026-01-01')).toBe('future_birth_date');
    expect(failedIdNumberCheck('500112194801011230', '2026-01-01')).toBe('check_digit');
    expect(failedIdNumberCheck('11010519491231002x', '2026-01-01')).toBeNull();
  });

  it('counts age in whole years', () => {
    expect(ageOn('1945-06-30', '2025-06-29')).toBe(79);
    expect(ageOn('1945-06-30', '2025-06-30')).toBe(80);
    expect(ageOn('1944-02-29', '2025-03-01')).toBe(81);
  });
});
