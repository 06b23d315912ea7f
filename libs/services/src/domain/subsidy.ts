/**
 * Service subsidies (standards.md §7): a rule says who is eligible (categories, assessed level, age, the region of
 * their 户籍) and what they get — a monthly allowance, vouchers (a face value per order, so many per month), a share
 * of the price, or a mix. Money is integer cents (分) throughout: no floating point touches an amount.
 */
export interface SubsidyTerms {
  /** Monthly allowance in cents; null: no monthly cap. */
  monthlyCapCents: number | null;
  /** At most this much per order (a voucher's face value); null: no per-order cap. */
  perOrderCapCents: number | null;
  /** At most this many subsidised orders a month (vouchers); null: no count limit. */
  ordersPerMonth: number | null;
  /** Share of the price the subsidy covers, in percent (100: all of it). */
  ratePercent: number;
  /** Service types covered; empty: all. */
  serviceTypes: readonly string[];
}

export interface SubsidyUse {
  /** Subsidy already granted this month to the person's open orders (cancelled and no-show ones give it back). */
  usedCents: number;
  usedOrders: number;
}

export interface PriceSplit {
  subsidyCents: number;
  selfPayCents: number;
}

/** How an order's price splits, given the person's terms and what they have used this month. */
export function splitPrice(priceCents: number, serviceType: string, terms: SubsidyTerms | null, use: SubsidyUse): PriceSplit {
  if (!Number.isSafeInteger(priceCents) || priceCents < 0) throw new RangeError(`price must be whole non-negative cents, not ${priceCents}`);
  const covered =
    terms !== null &&
    (terms.serviceTypes.length === 0 || terms.serviceTypes.includes(serviceType)) &&
    (terms.ordersPerMonth === null || use.usedOrders < terms.ordersPerMonth);
  if (!covered) return { subsidyCents: 0, selfPayCents: priceCents };
  const limits = [
    Math.floor((priceCents * terms.ratePercent) / 100),
    terms.perOrderCapCents ?? Number.MAX_SAFE_INTEGER,
    terms.monthlyCapCents === null ? Number.MAX_SAFE_INTEGER : Math.max(terms.monthlyCapCents - use.usedCents, 0),
  ];
  const subsidyCents = Math.min(...limits);
  return { subsidyCents, selfPayCents: priceCents - subsidyCents };
}

/**
 * The most a rule can give a person in a month, to choose between rules that apply to them: the monthly allowance,
 * or the vouchers' face value times their number, whichever is less; a rule without either is unbounded.
 */
export function monthlyWorth(terms: SubsidyTerms): number {
  const vouchers = terms.perOrderCapCents !== null && terms.ordersPerMonth !== null ? terms.perOrderCapCents * terms.ordersPerMonth : Number.POSITIVE_INFINITY;
  return Math.min(terms.monthlyCapCents ?? Number.POSITIVE_INFINITY, vouchers);
}

/** ¥12.50 from 1250 cents, for statements people read. */
export function formatYuan(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
