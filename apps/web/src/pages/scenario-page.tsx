import { Button, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useScenarioEvaluationQuery, useScenarioQuery } from '@web/data/scenarios/scenario-query';
import { ChangeList } from '@web/modules/scenarios/components/change-list';
import { EvaluationTable } from '@web/modules/scenarios/components/evaluation-table';
import { ProblemsNotice } from '@web/modules/scenarios/components/problems-notice';
import { draftHref } from '@web/modules/scenarios/utils/draft';
import { ErrorNotice } from '@web/ui/error-notice';

/** A saved scenario, evaluated on today's records; its address is the link to share. */
export function ScenarioPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const scenario = useScenarioQuery(id);
  const evaluation = useScenarioEvaluationQuery(id);
  if (scenario.error) return <ErrorNotice error={scenario.error} page />;
  if (!scenario.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const { name, regionCode, regionName, month, changes } = scenario.data;
  return (
    <article className="scenarios" aria-labelledby="scenario-title">
      <header className="page-head">
        <div>
          <p className="kpi-detail__back">
            <Link to="/scenarios">{t('scenarios.back')}</Link>
          </p>
          <h1 id="scenario-title" className="page-head__title">
            {name}
          </h1>
          <p className="page-head__hint">
            {regionName} · {month}
          </p>
        </div>
        <Space wrap>
          <Link to={draftHref({ regionCode, month, changes })}>
            <Button>{t('scenarios.editAsDraft')}</Button>
          </Link>
        </Space>
      </header>
      <ChangeList changes={changes} />
      {evaluation.error ? <ProblemsNotice error={evaluation.error} /> : evaluation.data ? <EvaluationTable evaluation={evaluation.data} /> : <Skeleton active paragraph={{ rows: 6 }} />}
    </article>
  );
}
