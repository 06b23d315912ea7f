import type { AttainmentStatus } from '@shared/kpi/attainment';

/**
 * How a status looks. The text colour on its tint keeps AA contrast (≥ 4.5:1), and every status also carries a sign
 * and its words, so colour is never the only carrier.
 */
export const STATUS_STYLE: Record<AttainmentStatus, { color: string; background: string; accent: string; sign: string }> = {
  met: { color: '#14532d', background: '#dcfce7', accent: '#16a34a', sign: '✓' },
  on_track: { color: '#1e3a8a', background: '#dbeafe', accent: '#2563eb', sign: '↗' },
  at_risk: { color: '#78350f', background: '#fef3c7', accent: '#d97706', sign: '!' },
  off_track: { color: '#7f1d1d', background: '#fee2e2', accent: '#dc2626', sign: '✕' },
  no_target: { color: '#374151', background: '#f3f4f6', accent: '#9ca3af', sign: '–' },
  no_data: { color: '#374151', background: '#f3f4f6', accent: '#9ca3af', sign: '?' },
};
