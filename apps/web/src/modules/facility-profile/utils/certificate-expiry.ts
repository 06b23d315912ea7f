/**
 * 证书到期提醒: a certificate lapses on the day after `validUntil`. "Expiring soon" is the window in which a renewal
 * still has time to be arranged; expired ones no longer count in the workforce indicators.
 */
export const EXPIRING_WITHIN_DAYS = 60;

export type CertificateStanding = 'permanent' | 'valid' | 'expiring' | 'expired';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function certificateStanding(validUntil: string | null, today: string, withinDays = EXPIRING_WITHIN_DAYS): { standing: CertificateStanding; daysLeft: number | null } {
  if (!validUntil) return { standing: 'permanent', daysLeft: null };
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return { standing: 'expired', daysLeft };
  return { standing: daysLeft <= withinDays ? 'expiring' : 'valid', daysLeft };
}

const URGENCY: Record<CertificateStanding, number> = { expired: 0, expiring: 1, valid: 2, permanent: 3 };

/** The staff member's most urgent certificate standing, so the list can put those needing action first. */
export function mostUrgent(validUntils: readonly (string | null)[], today: string): CertificateStanding | null {
  const standings = validUntils.map((validUntil) => certificateStanding(validUntil, today).standing);
  return standings.sort((a, b) => URGENCY[a] - URGENCY[b])[0] ?? null;
}

export function byUrgency<T>(items: readonly T[], standing: (item: T) => CertificateStanding | null): T[] {
  const rank = (item: T) => {
    const value = standing(item);
    return value === null ? 4 : URGENCY[value];
  };
  return [...items].sort((a, b) => rank(a) - rank(b));
}
