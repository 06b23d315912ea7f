import { Switch, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvaluation, ScenarioItem } from '@web/data/scenarios/types';
import { StatusTag } from '@web/modules/kpi/components/status-tag';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { formatValue } from '@web/modules/kpi/utils/format-value';

type Side = ScenarioItem['before'];

/** A side's value in the indicator's unit, with what it is made of. */
function SideCell({ item, side }: { item: ScenarioItem; side: Side }) {
  const labels = useLabels();
  const shown = side.judged !== side.value ? side.judged : side.value;
  return (
    <div className="scenario-side">
      <span className="scenario-side__value">
        {formatValue(shown, item.decimals, labels.locale)} {shown !== null ? labels.unit(item) : ''}
      </span>
      <span className="scenario-side__parts">
        {formatValue(side.numerator, 2, labels.locale)}
        {side.denominator !== null && ` / ${formatValue(side.denominator, 2, labels.locale)}`}
      </span>
      <StatusTag status={side.status} />
    </div>
  );
}

/** Before → after of every indicator of the region and the regions above it; the changed ones first shown. */
export function EvaluationTable({ evaluation }: { evaluation: ScenarioEvaluation }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [onlyChanged, setOnlyChanged] = useState(true);
  return (
    <section className="scenario-result" aria-label={t('scenarios.result')}>
      <div className="scenario-result__head">
        <p className="scenario-result__summary">
          {t('scenarios.elapsed', { ms: evaluation.elapsedMs, changed: evaluation.changedCount, status: evaluation.statusChangedCount })}
        </p>
        <label className="scenario-result__toggle">
          <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} aria-label={t('scenarios.onlyChanged')} /> {t('scenarios.onlyChanged')}
        </label>
      </div>
      {evaluation.regions.map((region) => {
        const items = onlyChanged ? region.items.filter((item) => item.changed || item.statusChanged) : region.items;
        return (
          <div key={region.regionCode} className="scenario-region" data-region={region.regionCode}>
            <h3 className="kpi-theme__title">{region.regionName}</h3>
            <Table<ScenarioItem>
              size="small"
              rowKey="indicator"
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={items}
              locale={{ emptyText: t('scenarios.noChange') }}
              rowClassName={(item) => (item.statusChanged ? 'scenario-row--status' : '')}
              columns={[
                { key: 'indicator', title: t('scenarios.indicator'), render: (_, item) => <span data-indicator={item.indicator}>{labels.name(item)}</span> },
                { key: 'before', title: t('scenarios.before'), render: (_, item) => <SideCell item={item} side={item.before} /> },
                { key: 'after', title: t('scenarios.after'), render: (_, item) => <SideCell item={item} side={item.after} /> },
              ]}
            />
          </div>
        );
      })}
    </section>
  );
}
