import { useTranslation } from 'react-i18next';
import type { Instrument } from '@shared/assessments/instrument';
import { useText } from '@web/modules/residents/hooks/use-text';
import type { LiveScore } from '../utils/live-score';

/**
 * The level as the items are scored, always in view while the assessor works down the form: progress, the running
 * total, then the preliminary level, each adjustment with its reason and effect, and the final level.
 */
export function LiveLevel({ instrument, live }: { instrument: Instrument; live: LiveScore }) {
  const { t } = useTranslation();
  const text = useText();
  const levelName = (level: number) => text(instrument.levels[level]);
  const { result } = live;
  return (
    <aside className="live-level" aria-label={t('assessments.form.preliminary')} aria-live="polite">
      <div className="live-level__row">
        <span className="live-level__progress">{t('assessments.form.progress', { scored: live.scoredItems, count: instrument.items.length })}</span>
        <span>
          {result ? t('assessments.form.total') : t('assessments.form.runningTotal')} <strong data-testid="live-total">{result ? result.total : live.runningTotal}</strong>
        </span>
        <span>
          {t('assessments.form.preliminary')}{' '}
          {result ? (
            <strong className="live-level__level" data-testid="live-preliminary" data-level={result.preliminaryLevel}>
              {levelName(result.preliminaryLevel)}
            </strong>
          ) : (
            <span className="live-level__pending">{t('assessments.form.preliminaryPending')}</span>
          )}
        </span>
        {result && (
          <span>
            {t('assessments.form.final')}{' '}
            {live.conditionsComplete ? (
              <strong className="live-level__level live-level__level--final" data-testid="live-final" data-level={result.finalLevel}>
                {levelName(result.finalLevel)}
              </strong>
            ) : (
              <span className="live-level__pending">{t('assessments.form.finalPending')}</span>
            )}
          </span>
        )}
      </div>
      {result && result.adjustments.length > 0 && (
        <ul className="live-level__adjustments" aria-label={t('assessments.form.adjustments')}>
          {result.adjustments.map((adjustment) => (
            <li key={adjustment.rule}>
              {t('assessments.form.adjustment', { from: levelName(adjustment.from), to: levelName(adjustment.to), reason: text(adjustment.reason) })}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
