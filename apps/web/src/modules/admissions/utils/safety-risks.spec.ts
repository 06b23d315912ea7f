import { risksBody, risksLeft, SAFETY_RISKS } from './safety-risks';

describe('the nine GB 38600 risks on the admission form', () => {
  it('has nine, none answered at first', () => {
    expect(SAFETY_RISKS).toHaveLength(9);
    expect(risksLeft({})).toEqual([...SAFETY_RISKS]);
    expect(risksBody({})).toBeNull();
  });

  it('names the ones left and gives the body only when all nine have a level', () => {
    const almost = Object.fromEntries(SAFETY_RISKS.slice(1).map((risk) => [risk, 'low'])) as Record<string, 'low'>;
    expect(risksLeft(almost)).toEqual(['choking']);
    expect(risksBody(almost)).toBeNull();
    const all = risksBody({ ...almost, choking: 'high' });
    expect(Object.keys(all!)).toEqual([...SAFETY_RISKS]);
    expect(all!.choking).toEqual({ level: 'high' });
  });
});
