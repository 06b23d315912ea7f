import { SAFETY_RISKS, safetyRiskRegister, unassessedSafetyRisks, unassessedSafetyRisksMessage } from './safety-risks';

const allLow = () => Object.fromEntries(SAFETY_RISKS.map((risk) => [risk, { level: 'low' }]));

describe('the nine risks of GB 38600 as a complete set', () => {
  it('finds nothing missing when all nine carry a level', () => {
    expect(unassessedSafetyRisks(allLow())).toEqual([]);
    expect(unassessedSafetyRisks({ ...allLow(), fall: { level: 'high', measures: '床栏' } })).toEqual([]);
  });

  it('counts an empty list, an empty object and anything not keyed by risk as none assessed', () => {
    for (const nothing of [[], {}, null, undefined, 'all', 9, [allLow()]]) expect(unassessedSafetyRisks(nothing)).toEqual([...SAFETY_RISKS]);
  });

  it('names each risk left out or given without a valid level, in the standard\'s order', () => {
    const { wandering: _w, choking: _c, ...partial } = allLow();
    expect(unassessedSafetyRisks(partial)).toEqual(['choking', 'wandering']);
    expect(unassessedSafetyRisks({ ...allLow(), scald: {}, harm: [], fall: { level: 'severe' }, bed_fall: null })).toEqual(['scald', 'bed_fall', 'fall', 'harm']);
  });

  it('says which risks are missing by key and by their name in the standard', () => {
    expect(unassessedSafetyRisksMessage(['choking', 'wandering'])).toBe('GB 38600 needs all nine risks, each with a level; not assessed: choking (噎食), wandering (走失)');
  });

  it('stores the nine in order with measures or null, and refuses to store fewer', () => {
    const register = safetyRiskRegister({ ...allLow(), fall: { level: 'high', measures: '夜间巡视' } } as Parameters<typeof safetyRiskRegister>[0]);
    expect(Object.keys(register)).toEqual([...SAFETY_RISKS]);
    expect(register.fall).toEqual({ level: 'high', measures: '夜间巡视' });
    expect(register.choking).toEqual({ level: 'low', measures: null });
    expect(() => safetyRiskRegister([] as unknown as Parameters<typeof safetyRiskRegister>[0])).toThrow(/not assessed: choking/);
  });
});
