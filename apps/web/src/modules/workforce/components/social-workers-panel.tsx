import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateSocialWorkerMutation, useEndSocialWorkerMutation, useSocialWorkersQuery } from '@web/data/workforce/social-workers';
import type { CommunitySocialWorker } from '@web/data/workforce/types';
import { describeError } from '@web/lib/describe-error';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { applyFieldProblems, shownBesideFields } from './apply-field-problems';
import { PlaceField } from './place-field';

const PAGE_SIZE = 20;

/** 社区社会工作者: those serving the region's community elders (or all, with the ended), registered and ended here. */
export function SocialWorkersPanel({ region }: { region: string | null }) {
  const { t } = useTranslation();
  const [includeEnded, setIncludeEnded] = useState(false);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<CommunitySocialWorker | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const workers = useSocialWorkersQuery({ regionCode: region ?? undefined, includeEnded, page, pageSize: PAGE_SIZE });
  return (
    <section className="panel" aria-label={t('workforce.tabs.socialWorkers')}>
      <p className="hint">{t('workforce.socialWorkers.hint')}</p>
      <div className="panel__bar">
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => (setAdding(true), setDone(null))}>
          {t('workforce.socialWorkers.add')}
        </Button>
        <Checkbox checked={includeEnded} onChange={(event) => (setIncludeEnded(event.target.checked), setPage(1))}>
          {t('workforce.socialWorkers.includeEnded')}
        </Checkbox>
        <span aria-live="polite">{done && <Alert type="success" showIcon title={done} />}</span>
      </div>
      {workers.error ? (
        <ErrorNotice error={workers.error} onRetry={() => void workers.refetch()} />
      ) : (
        <Table<CommunitySocialWorker>
          size="small"
          rowKey="id"
          loading={workers.isFetching}
          dataSource={workers.data?.items ?? []}
          locale={{ emptyText: <EmptyState title={t('workforce.socialWorkers.empty')} /> }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: workers.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('workforce.socialWorkers.total', { total }),
            onChange: setPage,
          }}
          columns={[
            { title: t('workforce.socialWorkers.columns.name'), dataIndex: 'name' },
            { title: t('workforce.socialWorkers.columns.place'), dataIndex: 'regionName' },
            { title: t('workforce.socialWorkers.columns.organisation'), dataIndex: 'organisation', render: (organisation: string | null) => organisation ?? '—' },
            { title: t('workforce.socialWorkers.columns.startedOn'), dataIndex: 'startedOn', width: 120 },
            {
              title: t('workforce.socialWorkers.columns.endedOn'),
              dataIndex: 'endedOn',
              width: 120,
              render: (endedOn: string | null) => endedOn ?? <Tag className="tag--ok">{t('workforce.socialWorkers.serving')}</Tag>,
            },
            {
              title: t('workforce.socialWorkers.columns.actions'),
              key: 'actions',
              width: 110,
              render: (_: unknown, worker: CommunitySocialWorker) =>
                worker.endedOn === null && (
                  <Button size="small" aria-label={`${t('workforce.socialWorkers.end')} ${worker.name}`} onClick={() => (setEnding(worker), setDone(null))}>
                    {t('workforce.socialWorkers.end')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <AddSocialWorkerModal open={adding} onClose={(saved) => (setAdding(false), saved && setDone(t('workforce.socialWorkers.saved')))} />
      <EndServiceModal worker={ending} onClose={(saved) => (setEnding(null), saved && setDone(t('workforce.socialWorkers.ended')))} />
    </section>
  );
}

const WORKER_FIELDS = ['name', 'regionCode', 'organisation', 'startedOn'] as const;

function AddSocialWorkerModal({ open, onClose }: { open: boolean; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; regionCode: string; organisation?: string; startedOn: Dayjs }>();
  const save = useCreateSocialWorkerMutation();
  useEffect(() => {
    if (!open) return;
    save.reset();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [open]);
  const required = [{ required: true, message: t('workforce.required') }];
  return (
    <Modal
      open={open}
      title={t('workforce.socialWorkers.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate(
            {
              name: values.name.trim(),
              regionCode: values.regionCode,
              ...(values.organisation?.trim() ? { organisation: values.organisation.trim() } : {}),
              startedOn: values.startedOn.format('YYYY-MM-DD'),
            },
            { onSuccess: () => onClose(true), onError: (error) => applyFieldProblems(form, error, WORKER_FIELDS) },
          )
        }
      >
        <Form.Item name="name" label={t('workforce.socialWorkers.fields.name')} rules={required}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('workforce.socialWorkers.fields.regionCode')} rules={required}>
          <PlaceField id="social-worker-region" ariaLabel={t('workforce.socialWorkers.fields.regionCode')} />
        </Form.Item>
        <Form.Item name="organisation" label={t('workforce.socialWorkers.fields.organisation')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="startedOn" label={t('workforce.socialWorkers.fields.startedOn')} rules={required}>
          <DatePicker inputReadOnly />
        </Form.Item>
        {save.error && !shownBesideFields(save.error, WORKER_FIELDS) && (
          <p role="alert" className="form-error">
            {describeError(save.error, t)}
          </p>
        )}
      </Form>
    </Modal>
  );
}

function EndServiceModal({ worker, onClose }: { worker: CommunitySocialWorker | null; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ on: Dayjs }>();
  const end = useEndSocialWorkerMutation();
  useEffect(() => {
    if (!worker) return;
    end.reset();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [worker]);
  return (
    <Modal
      open={worker !== null}
      title={t('workforce.socialWorkers.endTitle', { name: worker?.name ?? '' })}
      okText={t('workforce.socialWorkers.end')}
      cancelText={t('common.cancel')}
      confirmLoading={end.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          worker &&
          end.mutate({ id: worker.id, on: values.on.format('YYYY-MM-DD') }, { onSuccess: () => onClose(true), onError: (error) => applyFieldProblems(form, error, ['on']) })
        }
      >
        <Form.Item name="on" label={t('workforce.socialWorkers.endOn')} rules={[{ required: true, message: t('workforce.required') }]}>
          <DatePicker inputReadOnly />
        </Form.Item>
        {end.error && !shownBesideFields(end.error, ['on']) && (
          <p role="alert" className="form-error">
            {describeError(end.error, t)}
          </p>
        )}
      </Form>
    </Modal>
  );
}
