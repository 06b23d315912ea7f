import { useTranslation } from 'react-i18next';
import type { AttainmentStatus } from '@shared/kpi/attainment';
import { sparkline } from '../utils/sparkline';
import { STATUS_STYLE } from '../utils/status-style';

const BOX = { width: 160, height: 36, padding: 4 };

interface Props {
  values: readonly (number | null)[] | undefined;
  target: number | null;
  status: AttainmentStatus;
  /** The months and values in words, for a screen reader. */
  description: string;
}

/** A 12-month line as inline SVG (no chart library on the board), the target dashed; a shimmer while it loads. */
export function Sparkline({ values, target, status, description }: Props) {
  const { t } = useTranslation();
  if (!values) return <div className="sparkline sparkline--loading" role="img" aria-label={t('kpi.trendLoading')} />;
  const line = sparkline(values, BOX, target);
  if (!line.path) return <div className="sparkline sparkline--empty" data-testid="sparkline">{t('kpi.trendEmpty')}</div>;
  const colour = STATUS_STYLE[status].accent;
  return (
    <svg className="sparkline" data-testid="sparkline" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={description} preserveAspectRatio="none">
      {line.targetY !== null && <line x1={0} x2={BOX.width} y1={line.targetY} y2={line.targetY} stroke="#6b7280" strokeDasharray="3 3" strokeWidth={1} vectorEffect="non-scaling-stroke" />}
      <path d={line.path} fill="none" stroke={colour} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
      {line.last && <circle cx={line.last.x} cy={line.last.y} r={2.5} fill={colour} />}
    </svg>
  );
}
