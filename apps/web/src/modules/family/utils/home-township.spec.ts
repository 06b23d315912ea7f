import { homeTownship } from './home-township';

describe('the township of a home', () => {
  it('is a village’s township, a township itself, and a county as it is', () => {
    expect(homeTownship('500112002001')).toBe('500112002000');
    expect(homeTownship('500112002000')).toBe('500112002000');
    expect(homeTownship('500112000000')).toBe('500112000000');
  });
});
