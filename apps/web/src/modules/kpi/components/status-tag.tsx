import type { AttainmentStatus } from '@shared/kpi/attainment';
import { useLabels } from '../hooks/use-labels';
import { STATUS_STYLE } from '../utils/status-style';

/** The status in words with its sign, on its tint. */
export function StatusTag({ status }: { status: AttainmentStatus }) {
  const labels = useLabels();
  const style = STATUS_STYLE[status];
  return (
    <span className="status-tag" style={{ color: style.color, background: style.background }} data-status={status}>
      <span aria-hidden>{style.sign}</span> {labels.status(status)}
    </span>
  );
}
