import { meets, type Target } from './attainment';
import type { IndicatorDefinition } from './indicator';
import { valueOf } from './roll-up';

/**
 * Inverse questions on a share indicator (numerator N of a denominator T, e.g. 护理型床位 care-type beds among T
 * institution beds): how many units make the share meet its target p?
 *   convert k of the T − N units outside the numerator:  (N + k) / T ≥ p        → k = ⌈pT − N⌉
 *   add k new units, all in the numerator:               (N + k) / (T + k) ≥ p  → k = ⌈(pT − N) / (1 − p)⌉
 * The formulas are where the search starts; the answer is the smallest k that `meets` accepts — the same test the
 * status uses, at the indicator's published precision (a 30 % target is met at 29.995 %, shown as 30.00) and with
 * a strict '>' needing more than the target. Both sides grow with k, so the smallest such k is found by bisection.
 */
export interface ShareInverse {
  /** Units of the denominator to move into the numerator; null when even all of them would not do. */
  convert: number | null;
  /** New units, all counted in the numerator; null when no number would do (a target of 100 % or more). */
  open: number | null;
  /** The closed forms before rounding and strictness are taken into account. */
  formula: { convert: number; open: number | null };
}

/** No region needs more than this many new beds; beyond it the answer is "not by opening". */
const OPEN_LIMIT = 1e9;

export function shareInverse(definition: IndicatorDefinition, numerator: number, denominator: number, target: Target): ShareInverse {
  const p = target.value / definition.scale;
  const metBy = (n: number, d: number) => {
    const value = valueOf(definition, n, d);
    return value !== null && meets(definition, value, target);
  };
  const convert = smallest((k) => metBy(numerator + k, denominator), Math.max(0, denominator - numerator));
  const open = smallest((k) => metBy(numerator + k, denominator + k), OPEN_LIMIT);
  return {
    convert,
    open,
    formula: { convert: Math.max(0, Math.ceil(p * denominator - numerator - 1e-9)), open: p < 1 ? Math.max(0, Math.ceil((p * denominator - numerator) / (1 - p) - 1e-9)) : null },
  };
}

/** The smallest k in [0, limit] for which the monotone `ok` holds, or null. */
function smallest(ok: (k: number) => boolean, limit: number): number | null {
  if (!ok(limit)) return null;
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (ok(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A facility that could convert beds: how many general (non care-type) institution beds it has on the day. */
export interface ConvertibleFacility {
  facilityId: string;
  generalBeds: number;
}

/**
 * The fewest facilities whose general beds add up to `beds`: the largest first (any other choice of the same number
 * of facilities holds no more beds), the last one converting only what is still needed. Null when they all hold
 * fewer than `beds`.
 */
export function fewestFacilities<T extends ConvertibleFacility>(facilities: readonly T[], beds: number): { facility: T; beds: number }[] | null {
  const sorted = [...facilities].sort((a, b) => b.generalBeds - a.generalBeds || a.facilityId.localeCompare(b.facilityId));
  const plan: { facility: T; beds: number }[] = [];
  let left = beds;
  for (const facility of sorted) {
    if (left <= 0) break;
    if (facility.generalBeds <= 0) continue;
    const taken = Math.min(left, facility.generalBeds);
    plan.push({ facility, beds: taken });
    left -= taken;
  }
  return left > 0 ? null : plan;
}
