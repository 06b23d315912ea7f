import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_KIND_LABELS, PROJECT_KINDS, type ProjectKind } from '@shared/facilities/works';
import { today } from '@yiyang/core';
import { useAddProjectMutation } from '@web/data/facilities/add-project-mutation';
import { useCompleteProjectMutation } from '@web/data/facilities/complete-project-mutation';
import { projectsQuery } from '@web/data/facilities/projects-query';
import type { Project } from '@web/data/facilities/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { useFacilityPermissions } from '../hooks/use-facility-permissions';
import { useLabel } from '../hooks/use-label';
import { DateActionModal } from './date-action-modal';
import { DateField } from './date-field';
import { placeProblems } from './form-failure';
import { RecordCard } from './record-card';

const SHOWN = ['kind', 'title', 'startedOn', 'completedOn', 'fundingYuan', 'fundingSource'];

interface Values {
  kind?: ProjectKind;
  title?: string;
  startedOn?: string;
  completedOn?: string;
  fundingYuan?: number | null;
  fundingSource?: string;
}

/**
 * 建设项目: upgrades (提升改造), fire-safety works, repairs, expansions and new builds, with their funding. A 敬老院's
 * project other than a new build counts towards 敬老院提升改造 from the day it is completed.
 */
export function ProjectsCard({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const permissions = useFacilityPermissions();
  const projects = useQuery(projectsQuery(facilityId));
  const add = useAddProjectMutation(facilityId);
  const complete = useCompleteProjectMutation(facilityId);
  const [completing, setCompleting] = useState<Project | null>(null);
  const [completed, setCompleted] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const submit = (values: Values, done: (saved: string) => void) =>
    add.mutate(
      {
        kind: values.kind!,
        title: values.title!.trim(),
        startedOn: values.startedOn!,
        ...(values.completedOn ? { completedOn: values.completedOn } : {}),
        ...(values.fundingYuan !== undefined && values.fundingYuan !== null ? { fundingYuan: values.fundingYuan } : {}),
        ...(values.fundingSource?.trim() ? { fundingSource: values.fundingSource.trim() } : {}),
      },
      { onSuccess: (saved) => done(t('facility.projects.saved', { title: saved.title })), onError: (error) => placeProblems(form, error, SHOWN) },
    );
  const fields = (
    <>
      <div className="form-row">
        <Form.Item name="kind" label={t('facility.projects.kind')} rules={[{ required: true, message: t('facility.projects.kindRequired') }]}>
          <Select className="facility-select--wide" options={PROJECT_KINDS.map((kind) => ({ value: kind, label: label(PROJECT_KIND_LABELS[kind]) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('facility.projects.name')} rules={[{ required: true, whitespace: true, message: t('facility.projects.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="startedOn" label={t('facility.projects.startedOn')} rules={[{ required: true, message: t('facility.projects.startedOnRequired') }]}>
          <DateField />
        </Form.Item>
        <Form.Item name="completedOn" label={t('facility.projects.completedOn')} extra={t('facility.projects.completedOnHint')}>
          <DateField max={today()} />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="fundingYuan" label={t('facility.projects.fundingYuan')}>
          <InputNumber min={0} precision={2} inputMode="decimal" />
        </Form.Item>
        <Form.Item name="fundingSource" label={t('facility.projects.fundingSource')}>
          <Input maxLength={200} placeholder={t('facility.projects.fundingSourceExample')} />
        </Form.Item>
      </div>
    </>
  );
  return (
    <RecordCard<Values>
      id="projects-title"
      title={t('facility.projects.title')}
      hint={t('facility.projects.hint')}
      addLabel={t('facility.projects.add')}
      lockedReason={permissions.recordProjects ? null : t('facility.projects.readOnly')}
      form={form}
      fields={fields}
      submit={submit}
      mutation={add}
      shown={SHOWN}
    >
      {completed && (
        <p role="status" className="facility-form__preview">
          {completed}
        </p>
      )}
      {projects.error ? (
        <ErrorNotice error={projects.error} onRetry={() => void projects.refetch()} />
      ) : (
        <Table<Project>
          size="small"
          rowKey="id"
          loading={projects.isPending}
          dataSource={projects.data}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyState title={t('facility.projects.none')} /> }}
          columns={[
            { title: t('facility.projects.kind'), dataIndex: 'kindLabel', render: (kind: Project['kindLabel']) => label(kind) },
            { title: t('facility.projects.name'), dataIndex: 'title' },
            { title: t('facility.projects.startedOn'), dataIndex: 'startedOn' },
            {
              title: t('facility.projects.completedOn'),
              dataIndex: 'completedOn',
              render: (completedOn: string | null, project) =>
                completedOn ?? (
                  <span className="works-open">
                    <Tag>{t('facility.projects.inProgress')}</Tag>
                    {permissions.recordProjects && (
                      <Button size="small" onClick={() => (setCompleted(null), setCompleting(project))}>
                        {t('facility.projects.complete')}
                      </Button>
                    )}
                  </span>
                ),
            },
            {
              title: t('facility.projects.funding'),
              dataIndex: 'fundingYuan',
              render: (yuan: number | null, project) =>
                yuan === null ? '—' : `${t('facility.projects.yuan', { amount: yuan.toLocaleString('zh-CN') })}${project.fundingSource ? ` · ${project.fundingSource}` : ''}`,
            },
          ]}
        />
      )}
      <DateActionModal
        subject={completing?.id ?? null}
        title={completing ? t('facility.projects.completeTitle', { title: completing.title }) : ''}
        field="completedOn"
        label={t('facility.projects.completedOn')}
        requiredMessage={t('facility.projects.completedOnRequired')}
        min={completing?.startedOn}
        mutation={complete}
        send={(completedOn, done, failed) => complete.mutate({ projectId: completing!.id, completedOn }, { onSuccess: done, onError: failed })}
        onClose={(saved) => {
          if (saved && completing) setCompleted(t('facility.projects.completed', { title: completing.title }));
          setCompleting(null);
        }}
      />
    </RecordCard>
  );
}
