import { FORECAST_METHOD_LABELS } from '@shared/kpi/forecast';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Forecast } from '@web/data/kpi/types';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';

/** 达标预测 in words: when the target is expected to be met and the interval, or "not at this pace" — prominently — and how. */
export function ForecastNote({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const level = Math.round(forecast.intervalLevel * 100);
  const method =
    forecast.method && forecast.backTest
      ? t('forecast.method', {
          method: labels.english ? FORECAST_METHOD_LABELS[forecast.method].en : FORECAST_METHOD_LABELS[forecast.method].zh,
          holdout: forecast.backTest.holdout,
          regression: rmse(forecast.backTest.regressionRmse, labels.locale),
          holt: rmse(forecast.backTest.holtRmse, labels.locale),
        })
      : null;
  // Either method projects from its fit (the regression line, Holt's smoothed level): the first month may step away.
  const trendStart = forecast.method ? t('forecast.trendStart') : null;
  const capped = forecast.projection.some((point) => point.capped) ? t('forecast.capped') : null;
  const range = forecast.expectedMetRange;
  const details = (lines: (string | null)[]) => (
    <>
      {lines
        .filter((line): line is string => Boolean(line))
        .map((line) => (
          <p key={line} className="forecast-note__line">
            {line}
          </p>
        ))}
    </>
  );
  switch (forecast.status) {
    case 'expected':
      return (
        <Alert
          className="forecast-note"
          type="info"
          showIcon
          data-testid="forecast-note"
          message={<strong data-testid="forecast-status">{t('forecast.expected', { month: forecast.expectedMetOn })}</strong>}
          description={details([
            range?.earliest && range.latest
              ? t('forecast.range', { level, earliest: range.earliest, latest: range.latest })
              : range?.earliest
                ? t('forecast.rangeOpen', { level, earliest: range.earliest, horizon: forecast.horizon })
                : null,
            method,
            trendStart,
            capped,
          ])}
        />
      );
    case 'not_at_pace':
      return (
        <Alert
          className="forecast-note forecast-note--miss"
          type="error"
          showIcon
          data-testid="forecast-note"
          message={<strong className="forecast-note__miss" data-testid="forecast-status">{t('forecast.notAtPace')}</strong>}
          description={details([
            t('forecast.notAtPaceDetail', { horizon: forecast.horizon }) + (range?.earliest ? t('forecast.notAtPaceChance', { earliest: range.earliest }) : ''),
            method,
            trendStart,
            capped,
          ])}
        />
      );
    case 'met':
      return <Alert className="forecast-note" type="success" showIcon data-testid="forecast-note" message={<span data-testid="forecast-status">{t('forecast.met')}</span>} />;
    case 'too_little_history':
      return <p className="forecast-note__quiet" data-testid="forecast-status">{t('forecast.tooLittle')}</p>;
    case 'no_target':
      return <p className="forecast-note__quiet" data-testid="forecast-status">{t('forecast.noTarget')}</p>;
  }
}

/** A back-test error as read: three significant digits at most. */
function rmse(value: number | null, locale: string): string {
  return value === null ? '—' : value.toLocaleString(locale, { maximumSignificantDigits: 3 });
}
