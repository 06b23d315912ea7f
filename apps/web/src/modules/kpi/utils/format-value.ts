/** A value at the indicator's published precision, grouped by thousands; a missing value reads as a dash. */
export function formatValue(value: number | null | undefined, decimals = 2, locale = 'zh-CN'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: 0 }).format(value);
}

/** The comparator as a reader writes it: ≥ 60, ≤ 5. */
export function comparatorSign(comparator: '>=' | '<=' | '=' | '>' | '<'): string {
  return { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' }[comparator];
}
