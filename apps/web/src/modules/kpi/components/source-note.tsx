import { CameraOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { today } from '@shared/core/dates';
import type { KpiOverview } from '@web/data/kpi/types';

/** Whether the numbers are a closed month's snapshot (which revision, rolled up when) or computed live. */
export function SourceNote({ overview }: { overview: KpiOverview }) {
  const { t, i18n } = useTranslation();
  const computedAt = overview.items.map((item) => item.computedAt).find(Boolean);
  const at = computedAt ? new Intl.DateTimeFormat(i18n.language === 'en' ? 'en' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(computedAt)) : '—';
  if (overview.source === 'snapshot') {
    const revision = Math.max(0, ...overview.items.map((item) => item.revision ?? 0));
    return (
      <p className="source-note source-note--snapshot" title={t('kpi.snapshotHint')}>
        <CameraOutlined aria-hidden /> {t('kpi.snapshot', { revision, at })}
      </p>
    );
  }
  // Live is either the month in progress, or a closed month nobody has rolled up yet: say which.
  const hint = overview.month >= today().slice(0, 7) ? t('kpi.liveHint') : t('kpi.liveClosedHint');
  return (
    <p className="source-note source-note--live" title={hint}>
      <ThunderboltOutlined aria-hidden /> {t('kpi.live', { at })} · {hint}
    </p>
  );
}
