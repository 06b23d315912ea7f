import { Button, Form, Input, message, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEvaluateScenarioMutation } from '@web/data/scenarios/evaluate-mutation';
import { useSaveScenarioMutation } from '@web/data/scenarios/save-scenario-mutation';
import type { ScenarioChange, ScenarioDraft } from '@web/data/scenarios/types';
import { useKpiOverviewQuery } from '@web/data/kpi/overview-query';
import { KpiToolbar } from '@web/modules/kpi/components/kpi-toolbar';
import type { KpiLocation } from '@web/modules/kpi/hooks/use-kpi-location';
import { draftHref, parseDraft } from '../utils/draft';
import { ChangeForm } from './change-form';
import { ChangeList } from './change-list';
import { EvaluationTable } from './evaluation-table';
import { ProblemsNotice } from './problems-notice';
import { SavedList } from './saved-list';

/**
 * The what-if workbench: the changes of a draft (kept in the URL, so the link shares it), evaluated on demand,
 * saved under a name; below it the saved scenarios.
 */
export function ScenarioWorkbench({ location }: { location: KpiLocation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fromUrl = parseDraft(location.params.get('draft'));
  // The region and month are the address's (ScenariosPage put a draft's there first); the changes are the draft's.
  const changes = fromUrl?.changes;
  const draft: ScenarioDraft = useMemo(() => ({ regionCode: location.region!, month: location.month, changes: changes ?? [] }), [location.region, location.month, changes]);
  const overview = useKpiOverviewQuery(draft.regionCode, draft.month);
  const evaluate = useEvaluateScenarioMutation();
  const save = useSaveScenarioMutation();
  const [form] = Form.useForm<{ name: string }>();

  const setChanges = (changes: ScenarioChange[]) => {
    evaluate.reset();
    location.update({ draft: JSON.stringify({ ...draft, changes }) });
  };
  const copy = () => {
    const url = `${window.location.origin}${draftHref(draft)}`;
    void navigator.clipboard?.writeText(url).then(() => message.success(t('scenarios.copied')), () => undefined);
  };

  return (
    <article className="scenarios" aria-labelledby="scenarios-title">
      <header className="page-head">
        <div>
          <h1 id="scenarios-title" className="page-head__title">
            {t('scenarios.title')}
          </h1>
          <p className="page-head__hint">{t('scenarios.intro')}</p>
        </div>
        <KpiToolbar
          location={{
            ...location,
            update: (patch) => {
              evaluate.reset();
              location.update({ ...patch, draft: JSON.stringify({ ...draft, regionCode: patch.region ?? draft.regionCode, month: patch.month ?? draft.month }) });
            },
          }}
          regionName={overview.data?.regionName}
        />
      </header>
      <div className="scenarios__grid">
        <section className="scenarios__changes" aria-labelledby="changes-title">
          <h2 id="changes-title" className="kpi-theme__title">
            {t('scenarios.changes')}
          </h2>
          <ChangeList changes={draft.changes} onRemove={(index) => setChanges(draft.changes.filter((_, at) => at !== index))} />
          <ChangeForm regionCode={draft.regionCode} month={draft.month} onAdd={(change) => setChanges([...draft.changes, change])} />
        </section>
        <section className="scenarios__actions">
          <Space wrap>
            <Button type="primary" disabled={!draft.changes.length} loading={evaluate.isPending} onClick={() => evaluate.mutate(draft)}>
              {evaluate.isPending ? t('scenarios.evaluating') : t('scenarios.evaluate')}
            </Button>
            <Button disabled={!draft.changes.length} onClick={copy}>
              {t('scenarios.share')}
            </Button>
          </Space>
          <Form
            form={form}
            layout="inline"
            className="scenarios__save"
            onFinish={({ name }) =>
              save.mutateAsync({ ...draft, name }).then((saved) => {
                void message.success(t('scenarios.saved'));
                navigate(`/scenarios/${saved.id}`);
              })
            }
          >
            <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('scenarios.saveNameRequired') }]}>
              <Input id="scenario-name" placeholder={t('scenarios.saveName')} aria-label={t('scenarios.saveName')} maxLength={200} />
            </Form.Item>
            <Button htmlType="submit" disabled={!draft.changes.length} loading={save.isPending}>
              {t('scenarios.save')}
            </Button>
          </Form>
          {evaluate.error && <ProblemsNotice error={evaluate.error} />}
          {save.error && <ProblemsNotice error={save.error} />}
        </section>
      </div>
      {evaluate.data && <EvaluationTable evaluation={evaluate.data} />}
      <SavedList />
    </article>
  );
}
