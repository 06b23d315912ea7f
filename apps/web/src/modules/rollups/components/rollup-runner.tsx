import { useQueryClient } from '@tanstack/react-query';
import { SyncOutlined } from '@ant-design/icons';
import { Button, Progress } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kpiKeys } from '@web/data/kpi/keys';
import { isRollupFinished, useRollupQuery } from '@web/data/rollups/rollup-query';
import { rollupKeys } from '@web/data/rollups/keys';
import { useStartRollupMutation } from '@web/data/rollups/start-rollup-mutation';
import { currentMonth } from '@web/modules/kpi/utils/months-window';
import { ErrorNotice } from '@web/ui/error-notice';
import { RollupStatus } from './rollup-status';

/** 月度汇总: start the rollup of a closed month and watch it (polled every second until it ends). */
export function RollupRunner({ region, month }: { region: string; month: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const start = useStartRollupMutation();
  const [runId, setRunId] = useState<string | null>(null);
  const run = useRollupQuery(runId);
  const closed = month < currentMonth();
  const finished = run.data ? isRollupFinished(run.data) : false;
  useEffect(() => {
    // A finished run changes the history and the snapshots the board reads.
    if (finished) {
      void queryClient.invalidateQueries({ queryKey: rollupKeys.all });
      void queryClient.invalidateQueries({ queryKey: kpiKeys.all });
    }
  }, [finished, queryClient]);
  const running = Boolean(runId) && !finished;
  return (
    <section className="panel" aria-labelledby="rollup-title">
      <h2 id="rollup-title" className="panel__title">
        {t('rollups.rollupTitle')}
      </h2>
      <p className="hint">{t('rollups.rollupHint')}</p>
      <Button
        icon={<SyncOutlined aria-hidden spin={running} />}
        disabled={!closed || running}
        loading={start.isPending}
        onClick={() => start.mutate({ month, regionCode: region }, { onSuccess: (created) => setRunId(created.id) })}
      >
        {t('rollups.start', { month })}
      </Button>
      {!closed && <p className="hint">{t('rollups.notClosed')}</p>}
      <div aria-live="polite" className="panel__outcome">
        {start.error && <ErrorNotice error={start.error} />}
        {run.error && <ErrorNotice error={run.error} onRetry={() => void run.refetch()} />}
        {run.data && (
          <div className="rollup-progress">
            <RollupStatus status={run.data.status} />
            <Progress
              percent={run.data.progress}
              status={run.data.status === 'failed' || run.data.status === 'lost' ? 'exception' : run.data.status === 'complete' ? 'success' : 'active'}
              aria-label={t('rollups.progress', { done: run.data.countiesDone, total: run.data.countiesTotal })}
            />
            <span>{t('rollups.progress', { done: run.data.countiesDone, total: run.data.countiesTotal })}</span>
            {run.data.status === 'complete' && (
              <span>
                {t('rollups.revised')} {run.data.valuesRevised ?? 0} · {t('rollups.unchanged')} {run.data.valuesUnchanged ?? 0}
              </span>
            )}
            {run.data.error && <span className="rollup-progress__error">{run.data.error}</span>}
          </div>
        )}
      </div>
    </section>
  );
}
