import { Skeleton, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useScenarioEvaluationsQueries } from '@web/data/scenarios/scenario-query';
import type { ScenarioItem } from '@web/data/scenarios/types';
import { StatusTag } from '@web/modules/kpi/components/status-tag';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { formatValue } from '@web/modules/kpi/utils/format-value';
import { ProblemsNotice } from '@web/modules/scenarios/components/problems-notice';

const shown = (side: ScenarioItem['before']) => (side.judged !== side.value ? side.judged : side.value);

/** Two or more saved scenarios side by side: every indicator of their regions that any of them changes, before → after in each. */
export function ScenarioComparePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 6);
  const evaluations = useScenarioEvaluationsQueries(ids);
  const failed = evaluations.find((query) => query.error);
  if (failed) return <ProblemsNotice error={failed.error} />;
  if (evaluations.some((query) => !query.data)) return <Skeleton active paragraph={{ rows: 8 }} />;
  const results = evaluations.map((query) => query.data!);
  // The scenarios' own regions (the first of each evaluation), indicators in the catalog's order.
  const byScenario = results.map((result) => new Map(result.regions[0].items.map((item) => [item.indicator, item])));
  const order = results[0].regions[0].items.map((item) => item.indicator);
  const rows = order
    .filter((indicator) => byScenario.some((items) => items.get(indicator)?.changed || items.get(indicator)?.statusChanged))
    .map((indicator) => ({ indicator, item: byScenario.find((items) => items.has(indicator))!.get(indicator)! }));
  return (
    <article className="scenarios" aria-labelledby="compare-title">
      <header className="page-head">
        <div>
          <p className="kpi-detail__back">
            <Link to="/scenarios">{t('scenarios.back')}</Link>
          </p>
          <h1 id="compare-title" className="page-head__title">
            {t('scenarios.compareTitle')}
          </h1>
        </div>
      </header>
      <Table
        size="small"
        rowKey="indicator"
        pagination={false}
        scroll={{ x: 320 + 220 * results.length }}
        dataSource={rows}
        locale={{ emptyText: t('scenarios.noChange') }}
        columns={[
          { key: 'indicator', title: t('scenarios.indicator'), fixed: 'left', width: 220, render: (_, row) => labels.name(row.item) },
          ...results.map((result, index) => ({
            key: result.scenario.id,
            title: (
              <Link to={`/scenarios/${result.scenario.id}`}>
                {result.scenario.name}
                <br />
                <small>
                  {result.scenario.regionName} · {result.month}
                </small>
              </Link>
            ),
            render: (_: unknown, row: (typeof rows)[number]) => {
              const item = byScenario[index].get(row.indicator);
              if (!item) return '—';
              return (
                <div className="scenario-side" data-scenario={result.scenario.id} data-indicator={row.indicator}>
                  <span className="scenario-side__value">
                    {formatValue(shown(item.before), item.decimals, labels.locale)} → {formatValue(shown(item.after), item.decimals, labels.locale)} {labels.unit(item)}
                  </span>
                  <StatusTag status={item.after.status} />
                </div>
              );
            },
          })),
        ]}
      />
    </article>
  );
}
