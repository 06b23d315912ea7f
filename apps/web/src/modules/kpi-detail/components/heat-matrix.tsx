import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiMatrix } from '@web/data/kpi/types';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { formatValue } from '@web/modules/kpi/utils/format-value';
import { STATUS_STYLE } from '@web/modules/kpi/utils/status-style';
import { EmptyState } from '@web/ui/empty-state';

interface Props {
  matrix: KpiMatrix;
  decimals: number;
  span: number;
  onSpan: (span: number) => void;
  hrefOf: (regionCode: string) => string;
}

/**
 * Child regions × months, each cell tinted by its status and saying it (sign, value, and the status in its title):
 * a plain table, so it reads without a chart library, scrolls sideways on a phone, and works with a screen reader.
 */
export function HeatMatrix({ matrix, decimals, span, onSpan, hrefOf }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const inherited = matrix.rows.some((row) => row.targetRegionCode === matrix.regionCode);
  return (
    <div className="matrix">
      <Segmented
        aria-label={t('detail.span')}
        value={span}
        onChange={(value) => onSpan(Number(value))}
        options={[12, 24].map((count) => ({ value: count, label: t('detail.months', { count }) }))}
      />
      {inherited && <p className="hint">{t('detail.inheritedTarget', { region: matrix.regionName })}</p>}
      {matrix.rows.length === 0 ? (
        <EmptyState title={t('detail.noChildren')} />
      ) : (
        <div className="matrix__scroll" tabIndex={0} role="region" aria-label={t('detail.matrixTab')}>
          <table className="matrix__table">
            <caption className="visually-hidden">{t('detail.matrixCaption', { region: matrix.regionName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('detail.childRegion')}</th>
                {matrix.months.map((month) => (
                  <th scope="col" key={month}>
                    {month.slice(2)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.regionCode}>
                  <th scope="row">
                    <Link to={hrefOf(row.regionCode)}>{row.regionName}</Link>
                  </th>
                  {row.cells.map((cell) => {
                    const style = STATUS_STYLE[cell.status];
                    const status = labels.status(cell.status);
                    const value = formatValue(cell.value, decimals, labels.locale);
                    return (
                      <td key={cell.month} style={{ background: style.background, color: style.color }} title={`${row.regionName} · ${cell.month} · ${value} · ${status}`}>
                        <span aria-hidden>{style.sign}</span> {value}
                        <span className="visually-hidden"> {status}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
