import { Button, Checkbox, List, message, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDeleteScenarioMutation } from '@web/data/scenarios/save-scenario-mutation';
import { useScenariosQuery } from '@web/data/scenarios/scenarios-query';
import { ErrorNotice } from '@web/ui/error-notice';

/** Saved scenarios of the person's regions: open one, delete one, or tick several to compare them side by side. */
export function SavedList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const scenarios = useScenariosQuery();
  const remove = useDeleteScenarioMutation();
  const [picked, setPicked] = useState<string[]>([]);
  if (scenarios.error) return <ErrorNotice error={scenarios.error} onRetry={() => void scenarios.refetch()} />;
  return (
    <section className="scenario-saved" aria-labelledby="saved-title">
      <div className="scenario-saved__head">
        <h2 id="saved-title" className="kpi-theme__title">
          {t('scenarios.savedList')}
        </h2>
        <Button disabled={picked.length < 2} title={t('scenarios.compareHint')} onClick={() => navigate(`/scenarios/compare?ids=${picked.join(',')}`)}>
          {t('scenarios.compare')}
        </Button>
      </div>
      <List
        size="small"
        loading={scenarios.isPending}
        locale={{ emptyText: t('scenarios.noSaved') }}
        dataSource={scenarios.data ?? []}
        renderItem={(scenario) => (
          <List.Item
            data-testid="saved-scenario"
            actions={[
              <Popconfirm
                key="delete"
                title={t('scenarios.delete')}
                onConfirm={() => remove.mutateAsync(scenario.id).then(() => void message.success(t('scenarios.deleted')))}
              >
                <Button type="link" danger size="small">
                  {t('scenarios.delete')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <Checkbox
              aria-label={scenario.name}
              checked={picked.includes(scenario.id)}
              onChange={(event) => setPicked((now) => (event.target.checked ? [...now, scenario.id] : now.filter((id) => id !== scenario.id)))}
            />
            <List.Item.Meta
              className="scenario-saved__meta"
              title={<Link to={`/scenarios/${scenario.id}`}>{scenario.name}</Link>}
              description={`${scenario.regionName} · ${scenario.month} · ${t('scenarios.updated', { at: new Date(scenario.updatedAt).toLocaleString(i18n.language === 'en' ? 'en' : 'zh-CN') })}`}
            />
          </List.Item>
        )}
      />
    </section>
  );
}
