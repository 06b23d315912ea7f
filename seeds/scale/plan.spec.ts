import { dayOf } from './days';
import { buildPlan, type ScaleOptions } from './plan';

const options: ScaleOptions = {
  databaseUrl: 'postgres://unused',
  facilities: 60,
  townships: 40,
  beds: 3000,
  stays: 5000,
  orders: 20000,
  month: '2024-02',
  residents: 6250,
  seed: 7,
  checkReferences: false,
};

describe('the scale plan', () => {
  const plan = buildPlan(options);

  it('is the same for the same seed', () => {
    expect(buildPlan(options)).toEqual(plan);
  });

  it('places exactly the beds asked for, 8 % of them home beds', () => {
    expect(plan.facilities.reduce((sum, f) => sum + f.beds + f.homeBeds, 0)).toBe(3000);
    expect(plan.facilities.reduce((sum, f) => sum + f.homeBeds, 0)).toBe(240);
  });

  it('gives every township people live in a facility and splits all the people over them', () => {
    const living = plan.townships.filter((t) => t.kind !== 'other');
    expect(living.every((t) => plan.facilities.some((f) => plan.townships[f.township] === t))).toBe(true);
    expect(living.at(-1)!.personTo).toBe(6250);
  });

  it("spans the month's days, its last day being D", () => {
    expect([plan.monthStart, plan.monthEnd, plan.d]).toEqual([dayOf('2024-02-01'), dayOf('2024-02-29'), dayOf('2024-02-29')]);
  });
});
