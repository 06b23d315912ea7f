import { AimOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attainment, SeriesItem } from '@web/data/kpi/types';
import { useLabels } from '../hooks/use-labels';
import { comparatorSign, formatValue } from '../utils/format-value';
import { STATUS_STYLE } from '../utils/status-style';
import { GapAction } from './gap-action';
import { Sparkline } from './sparkline';
import { StatusTag } from './status-tag';

interface Props {
  item: Attainment;
  decimals: number;
  /** The last 12 months, undefined while the batch is on its way. */
  series: SeriesItem[] | undefined;
  /** Query string (region, month) the detail link keeps. */
  search: string;
}

/** One indicator: value, target and its kind, status, a 12-month line and the gap as what to do about it. */
export function IndicatorCard({ item, decimals, series, search }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const unit = labels.unit(item);
  const value = formatValue(item.value, decimals, labels.locale);
  const parts =
    item.denominator !== null
      ? `${t('kpi.numerator')} ${formatValue(item.numerator, 2, labels.locale)} / ${t('kpi.denominator')} ${formatValue(item.denominator, 2, labels.locale)}`
      : `${t('kpi.numerator')} ${formatValue(item.numerator, 2, labels.locale)}`;
  const trend = series?.map((month) => `${month.month} ${formatValue(month.value, decimals, labels.locale)}`).join('，') ?? '';
  return (
    <article className="kpi-card" aria-label={item.nameZh} style={{ borderTopColor: STATUS_STYLE[item.status].accent }}>
      <header className="kpi-card__head">
        <h3 className="kpi-card__name">
          <Link to={`/kpi/${encodeURIComponent(item.indicator)}${search}`}>{labels.name(item)}</Link>
        </h3>
        <StatusTag status={item.status} />
      </header>
      <Tooltip title={parts}>
        <p className="kpi-card__value" tabIndex={0} aria-describedby={`parts-${item.indicator}`}>
          <span data-testid="kpi-value">{value}</span>
          <span className="kpi-card__unit"> {unit}</span>
          <span id={`parts-${item.indicator}`} className="visually-hidden">
            {parts}
          </span>
        </p>
      </Tooltip>
      <p className="kpi-card__target">
        <AimOutlined aria-hidden />{' '}
        {item.target ? (
          <>
            <Tooltip title={item.target.sourceQuote ? `${t('kpi.quote')}：${item.target.sourceQuote}` : undefined}>
              <span tabIndex={item.target.sourceQuote ? 0 : undefined}>
                {t('kpi.target', { sign: comparatorSign(item.target.comparator), value: `${formatValue(item.target.value, decimals, labels.locale)} ${unit}`, year: item.target.year })}
              </span>
            </Tooltip>{' '}
            <span className={`binding binding--${item.target.binding}`}>{labels.binding(item.target.binding)}</span>
          </>
        ) : (
          t('kpi.noTarget')
        )}
      </p>
      {item.expected !== null && item.status !== 'met' && (
        <p className="kpi-card__expected">{t('kpi.expected', { value: `${formatValue(item.expected, decimals, labels.locale)} ${unit}` })}</p>
      )}
      {item.forecast && (item.forecast.status === 'expected' || item.forecast.status === 'not_at_pace') && (
        <p className={`kpi-card__forecast${item.forecast.status === 'not_at_pace' ? ' kpi-card__forecast--miss' : ''}`} data-testid="card-forecast">
          {item.forecast.status === 'not_at_pace' ? t('forecast.notAtPace') : t('forecast.cardExpected', { month: item.forecast.expectedMetOn })}
        </p>
      )}
      <Sparkline
        values={series?.map((month) => month.value)}
        target={item.target?.value ?? null}
        status={item.status}
        description={`${t('kpi.trend')}：${trend}`}
      />
      {item.gap && <GapAction gap={item.gap} />}
    </article>
  );
}
