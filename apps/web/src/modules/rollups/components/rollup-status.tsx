import { useTranslation } from 'react-i18next';
import type { Rollup } from '@web/data/rollups/types';

const TONE: Record<Rollup['status'], string> = { queued: 'on_track', running: 'on_track', complete: 'met', failed: 'off_track', lost: 'at_risk' };

/** A run's status in words, tinted like the indicator statuses (same contrast). */
export function RollupStatus({ status }: { status: Rollup['status'] }) {
  const { t } = useTranslation();
  return <span className={`status-tag status-tag--${TONE[status]}`}>{t(`rollups.statuses.${status}`)}</span>;
}
