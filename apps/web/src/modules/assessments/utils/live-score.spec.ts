import { BARTHEL, GBT_42195_2022, MZT_039_2013 } from '../../../../../../libs/assessments/src/instruments';
import { scoreAssessment } from '@shared/assessments/scoring';
import { liveScore } from './live-score';

const all = (instrument: typeof BARTHEL, pick: (allowed: readonly number[]) => number) =>
  Object.fromEntries(instrument.items.map((item) => [item.code, pick(item.allowed)]));

describe('the live score of the assessment form', () => {
  it('counts the items scored and their running total, with no level until every item is scored', () => {
    const [first, second] = GBT_42195_2022.items;
    const live = liveScore(GBT_42195_2022, { [first.code]: first.allowed[0], [second.code]: second.allowed[1] }, {});
    expect(live).toMatchObject({ scoredItems: 2, runningTotal: first.allowed[0] + second.allowed[1], result: null, conditionsComplete: false });
  });

  it.each([GBT_42195_2022, BARTHEL, MZT_039_2013])('gives $code the level the API’s scoring gives, adjustments included', (instrument) => {
    const items = all(instrument, (allowed) => allowed[Math.floor(allowed.length / 2)]);
    const conditions = { coma: false, dementiaDiagnosis: true, psychiatricDiagnosis: false, riskEvents30d: 3 };
    const live = liveScore(instrument, items, conditions);
    expect(live.result).toEqual(scoreAssessment(instrument, items, conditions));
    expect(live.conditionsComplete).toBe(true);
  });
});
