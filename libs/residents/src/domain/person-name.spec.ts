import { sameName } from './person-name';

describe('sameName', () => {
  it('reads spaces, width and the separator dot as a clerk would', () => {
    expect(sameName('王建国', ' 王 建国 ')).toBe(true);
    expect(sameName('阿依古丽·买买提', '阿依古丽•买买提')).toBe(true);
    expect(sameName('Ｌｉ　Ｍｉｎｇ', 'li ming')).toBe(true);
  });

  it('tells different people apart, and an empty name matches nobody', () => {
    expect(sameName('王建国', '王建华')).toBe(false);
    expect(sameName('王建国', '王建')).toBe(false);
    expect(sameName('', ' ')).toBe(false);
  });
});
