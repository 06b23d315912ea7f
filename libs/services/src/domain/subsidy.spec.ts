import fc from 'fast-check';
import { formatYuan, monthlyWorth, splitPrice, type SubsidyTerms } from './subsidy';

const ALLOWANCE: SubsidyTerms = { monthlyCapCents: 60_000, perOrderCapCents: null, ordersPerMonth: null, ratePercent: 100, serviceTypes: [] };

describe('splitPrice', () => {
  it('pays from the monthly allowance until it runs out', () => {
    expect(splitPrice(1_500, 'meal', ALLOWANCE, { usedCents: 0, usedOrders: 0 })).toEqual({ subsidyCents: 1_500, selfPayCents: 0 });
    expect(splitPrice(1_500, 'meal', ALLOWANCE, { usedCents: 59_000, usedOrders: 40 })).toEqual({ subsidyCents: 1_000, selfPayCents: 500 });
    expect(splitPrice(1_500, 'meal', ALLOWANCE, { usedCents: 60_000, usedOrders: 41 })).toEqual({ subsidyCents: 0, selfPayCents: 1_500 });
  });

  it('honours vouchers: a face value per order and so many a month', () => {
    const vouchers: SubsidyTerms = { monthlyCapCents: null, perOrderCapCents: 500, ordersPerMonth: 20, ratePercent: 100, serviceTypes: ['meal'] };
    expect(splitPrice(1_200, 'meal', vouchers, { usedCents: 0, usedOrders: 19 })).toEqual({ subsidyCents: 500, selfPayCents: 700 });
    expect(splitPrice(1_200, 'meal', vouchers, { usedCents: 0, usedOrders: 20 })).toEqual({ subsidyCents: 0, selfPayCents: 1_200 });
    expect(splitPrice(6_000, 'bathing', vouchers, { usedCents: 0, usedOrders: 0 })).toEqual({ subsidyCents: 0, selfPayCents: 6_000 });
  });

  it('rounds a share of the price down to the cent, in the person\'s favour never the budget\'s', () => {
    const half: SubsidyTerms = { ...ALLOWANCE, ratePercent: 50 };
    expect(splitPrice(1_001, 'meal', half, { usedCents: 0, usedOrders: 0 })).toEqual({ subsidyCents: 500, selfPayCents: 501 });
  });

  it('never pays more than the price, the caps or what is left, and the parts always add up', () => {
    const terms = fc.record({
      monthlyCapCents: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }),
      perOrderCapCents: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
      ordersPerMonth: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      ratePercent: fc.integer({ min: 0, max: 100 }),
      serviceTypes: fc.constant([] as string[]),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), terms, fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 80 }), (price, t, usedCents, usedOrders) => {
        const { subsidyCents, selfPayCents } = splitPrice(price, 'meal', t, { usedCents, usedOrders });
        expect(subsidyCents + selfPayCents).toBe(price);
        expect(subsidyCents).toBeGreaterThanOrEqual(0);
        expect(subsidyCents).toBeLessThanOrEqual(price);
        if (t.perOrderCapCents !== null) expect(subsidyCents).toBeLessThanOrEqual(t.perOrderCapCents);
        if (t.monthlyCapCents !== null) expect(subsidyCents).toBeLessThanOrEqual(Math.max(t.monthlyCapCents - usedCents, 0));
        if (t.ordersPerMonth !== null && usedOrders >= t.ordersPerMonth) expect(subsidyCents).toBe(0);
      }),
    );
  });

  it('refuses fractional or negative prices', () => {
    expect(() => splitPrice(12.5, 'meal', ALLOWANCE, { usedCents: 0, usedOrders: 0 })).toThrow(RangeError);
    expect(() => splitPrice(-1, 'meal', null, { usedCents: 0, usedOrders: 0 })).toThrow(RangeError);
  });
});

describe('formatYuan', () => {
  it('writes cents as yuan with two decimals', () => {
    expect([formatYuan(0), formatYuan(5), formatYuan(1_250), formatYuan(-60_000)]).toEqual(['0.00', '0.05', '12.50', '-600.00']);
  });
});

describe('monthlyWorth', () => {
  it('weighs an allowance against vouchers, and counts a rule without limits as unbounded', () => {
    expect(monthlyWorth(ALLOWANCE)).toBe(60_000);
    expect(monthlyWorth({ ...ALLOWANCE, monthlyCapCents: null, perOrderCapCents: 500, ordersPerMonth: 3 })).toBe(1_500);
    expect(monthlyWorth({ ...ALLOWANCE, perOrderCapCents: 500, ordersPerMonth: 300 })).toBe(60_000);
    expect(monthlyWorth({ ...ALLOWANCE, monthlyCapCents: null, ratePercent: 70 })).toBe(Number.POSITIVE_INFINITY);
    expect(monthlyWorth({ ...ALLOWANCE, monthlyCapCents: null, perOrderCapCents: 500 })).toBe(Number.POSITIVE_INFINITY);
  });
});
