import { BARTHEL, GBT_42195_2022, MZT_039_2013 } from '../../../../../../libs/assessments/src/instruments';
import { conditionEffect } from './condition-effect';

describe('what a condition does to the level', () => {
  it('reads GB/T 42195-2022’s rules: coma sets 完全失能, a diagnosis or two risk events raise one level', () => {
    expect(conditionEffect(GBT_42195_2022, 'coma')).toEqual({ key: 'coma', values: { level: 4 } });
    expect(conditionEffect(GBT_42195_2022, 'dementiaDiagnosis')).toEqual({ key: 'diagnosis' });
    expect(conditionEffect(GBT_42195_2022, 'riskEvents30d')).toEqual({ key: 'riskEvents', values: { count: 2 } });
  });

  it('says an instrument without the rule does not adjust', () => {
    expect(conditionEffect(BARTHEL, 'coma')).toEqual({ key: 'none' });
    expect(conditionEffect(MZT_039_2013, 'coma')).toEqual({ key: 'coma', values: { level: 3 } });
  });
});
