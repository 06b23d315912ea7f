import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicatorsQuery } from '@web/data/kpi/indicators-query';
import { useRegionsQuery } from '@web/data/regions/region-query';
import { useTargetsQuery } from '@web/data/kpi/targets-query';
import type { Target } from '@web/data/kpi/types';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { comparatorSign, formatValue } from '@web/modules/kpi/utils/format-value';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { TargetFormModal } from './target-form-modal';

/**
 * The region's plan targets with their kind and the plan's own words; who may, edits them in a form. Without a region
 * (an administrator's 全部地区) every region's targets are listed, each row with its region, and edited in place.
 */
export function TargetsTable({ region, editable }: { region: string | null; editable: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const targets = useTargetsQuery(region);
  const catalog = useIndicatorsQuery();
  const [editing, setEditing] = useState<Target | null>(null);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const indicatorOf = new Map((catalog.data ?? []).map((indicator) => [indicator.id, indicator]));
  const regionCodes = region ? [] : [...new Set((targets.data ?? []).map((target) => target.regionCode))];
  const regions = useRegionsQuery(regionCodes);
  const regionName = new Map(regionCodes.map((code, index) => [code, regions[index]?.data?.name ?? code]));
  if (targets.error) return <ErrorNotice error={targets.error} onRetry={() => void targets.refetch()} page />;
  return (
    <section className="panel">
      <div className="panel__bar">
        {editable && region ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => (setEditing(null), setOpen(true), setSaved(false))}>
            {t('targets.add')}
          </Button>
        ) : (
          <span className="hint">{editable ? t('targets.allRegionsHint') : t('targets.readOnly')}</span>
        )}
        <span aria-live="polite">{saved && <Alert type="success" showIcon title={t('targets.saved')} />}</span>
      </div>
      <Table<Target>
        size="small"
        rowKey={(target) => `${target.regionCode}-${target.indicator}-${target.year}`}
        loading={targets.isPending}
        dataSource={targets.data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState title={t('targets.empty')} /> }}
        columns={[
          ...(region ? [] : [{ title: t('targets.region'), dataIndex: 'regionCode', width: 140, render: (code: string) => regionName.get(code) ?? code }]),
          {
            title: t('targets.indicator'),
            dataIndex: 'indicator',
            render: (id: string) => {
              const indicator = indicatorOf.get(id);
              return indicator ? labels.name(indicator) : id;
            },
          },
          { title: t('targets.year'), dataIndex: 'year', width: 90 },
          {
            title: t('targets.value'),
            key: 'value',
            width: 130,
            render: (_, target) => {
              const indicator = indicatorOf.get(target.indicator);
              return `${comparatorSign(target.comparator)} ${formatValue(target.value, indicator?.decimals ?? 2, labels.locale)} ${indicator ? labels.unit(indicator) : ''}`;
            },
          },
          { title: t('targets.binding'), dataIndex: 'binding', width: 100, render: (binding: Target['binding']) => <span className={`binding binding--${binding}`}>{labels.binding(binding)}</span> },
          { title: t('targets.quote'), dataIndex: 'sourceQuote', render: (quote: string | null) => quote ?? '—' },
          ...(editable
            ? [
                {
                  title: t('targets.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, target: Target) => (
                    <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={`${t('common.edit')} ${region ? '' : `${regionName.get(target.regionCode) ?? target.regionCode} `}${indicatorOf.get(target.indicator)?.nameZh ?? target.indicator} ${target.year}`} onClick={() => (setEditing(target), setOpen(true), setSaved(false))}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <TargetFormModal
        region={editing?.regionCode ?? region ?? ''}
        catalog={catalog.data ?? []}
        editing={editing}
        open={open}
        onClose={(wasSaved) => {
          setOpen(false);
          setSaved(wasSaved);
        }}
      />
    </section>
  );
}
