import { Button, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScenarioChange } from '@web/data/scenarios/types';
import { useDescribeChange } from '../hooks/use-describe-change';

/** The scenario's changes in words, in order; removable while it is a draft. */
export function ChangeList({ changes, onRemove }: { changes: readonly ScenarioChange[]; onRemove?: (index: number) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeChange(changes);
  return (
    <List
      className="scenario-changes"
      size="small"
      bordered
      locale={{ emptyText: t('scenarios.noChanges') }}
      dataSource={changes.map((change, index) => ({ change, index }))}
      renderItem={({ change, index }) => (
        <List.Item
          data-testid="scenario-change"
          actions={onRemove ? [<Button key="remove" type="link" danger size="small" onClick={() => onRemove(index)}>{t('scenarios.remove')}</Button>] : undefined}
        >
          <span>
            {index + 1}. {describe(change)}
          </span>
        </List.Item>
      )}
    />
  );
}
