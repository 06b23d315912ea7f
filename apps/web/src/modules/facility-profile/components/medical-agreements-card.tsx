import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { medicalAgreementsQuery } from '@web/data/medical/agreements-query';
import { useMedicalInstitutionsQuery } from '@web/data/medical/institutions-query';
import { useAddMedicalAgreementMutation, useAgreementTermMutation } from '@web/data/medical/mutations';
import type { MedicalAgreement } from '@web/data/medical/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { useFacilityPermissions } from '../hooks/use-facility-permissions';
import { DateField } from './date-field';
import { FormFailure, placeProblems } from './form-failure';
import { RecordCard } from './record-card';

const SHOWN = ['medicalInstitutionId', 'signedOn', 'validUntil', 'services'];

interface Values {
  medicalInstitutionId?: string;
  signedOn?: string;
  validUntil?: string;
  services?: string;
}

/**
 * 医疗机构签约合作: the facility's agreements with medical institutions, in force from the day signed through the
 * last day valid; the facility's operators and officials record them, end them early or renew them.
 */
export function MedicalAgreementsCard({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const permissions = useFacilityPermissions();
  const agreements = useQuery(medicalAgreementsQuery(facilityId));
  const add = useAddMedicalAgreementMutation(facilityId);
  const term = useAgreementTermMutation(facilityId);
  const [termOf, setTermOf] = useState<MedicalAgreement | null>(null);
  const [institutionTerm, setInstitutionTerm] = useState('');
  const institutions = useMedicalInstitutionsQuery({ q: institutionTerm.trim() || undefined, page: 1, limit: 50 });
  const [form] = Form.useForm<Values>();
  const [termForm] = Form.useForm<{ validUntil?: string }>();
  const submit = (values: Values, done: (saved: string) => void) =>
    add.mutate(
      {
        medicalInstitutionId: values.medicalInstitutionId!,
        signedOn: values.signedOn!,
        validUntil: values.validUntil ?? null,
        ...(values.services?.trim() ? { services: values.services.trim() } : {}),
      },
      { onSuccess: (saved) => done(t('medical.agreements.saved', { name: saved.medicalInstitutionName })), onError: (error) => placeProblems(form, error, SHOWN) },
    );
  const fields = (
    <>
      <Form.Item name="medicalInstitutionId" label={t('medical.agreements.institution')} rules={[{ required: true, message: t('medical.agreements.institutionRequired') }]}>
        <Select
          showSearch={{ filterOption: false, onSearch: setInstitutionTerm }}
          loading={institutions.isFetching}
          options={(institutions.data?.items ?? [])
            .filter((item) => !item.closedOn)
            .map((item) => ({ value: item.id, label: `${item.name} · ${t(`medical.kind.${item.kind}`)}` }))}
        />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="signedOn" label={t('medical.agreements.signedOn')} rules={[{ required: true, message: t('medical.agreements.signedRequired') }]}>
          <DateField max={today()} />
        </Form.Item>
        <Form.Item name="validUntil" label={t('medical.agreements.validUntil')} extra={t('medical.agreements.termHint')}>
          <DateField />
        </Form.Item>
      </div>
      <Form.Item name="services" label={t('medical.agreements.services')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
  return (
    <RecordCard<Values>
      id="medical-agreements-title"
      title={t('medical.agreements.title')}
      hint={t('medical.agreements.hint')}
      addLabel={t('medical.agreements.add')}
      lockedReason={permissions.recordMedicalAgreements ? null : t('medical.agreements.locked')}
      form={form}
      fields={fields}
      submit={submit}
      mutation={add}
      shown={SHOWN}
    >
      {agreements.error ? (
        <ErrorNotice error={agreements.error} onRetry={() => void agreements.refetch()} />
      ) : (
        <Table<MedicalAgreement>
          size="small"
          rowKey="id"
          loading={agreements.isPending}
          dataSource={agreements.data}
          pagination={false}
          locale={{ emptyText: <EmptyState title={t('medical.agreements.none')} /> }}
          columns={[
            { title: t('medical.agreements.institution'), dataIndex: 'medicalInstitutionName' },
            { title: t('medical.agreements.signedOn'), dataIndex: 'signedOn' },
            { title: t('medical.agreements.validUntil'), dataIndex: 'validUntil', render: (value: string | null) => value ?? t('medical.agreements.openEnded') },
            { title: t('medical.agreements.services'), dataIndex: 'services', render: (value: string | null) => value ?? '' },
            {
              title: t('medical.agreements.status'),
              dataIndex: 'inForce',
              render: (inForce: boolean) => (
                <Tag className={inForce ? 'result-tag result-tag--good' : 'result-tag'}>{t(inForce ? 'medical.agreements.inForce' : 'medical.agreements.notInForce')}</Tag>
              ),
            },
            ...(permissions.recordMedicalAgreements
              ? [
                  {
                    title: '',
                    key: 'term',
                    render: (_: unknown, row: MedicalAgreement) => (
                      <Button
                        size="small"
                        onClick={() => {
                          term.reset();
                          termForm.setFieldsValue({ validUntil: row.validUntil ?? undefined });
                          setTermOf(row);
                        }}
                      >
                        {t('medical.agreements.term')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <Modal
        open={termOf !== null}
        title={t('medical.agreements.termTitle', { name: termOf?.medicalInstitutionName ?? '' })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={term.isPending}
        onOk={() => termForm.submit()}
        onCancel={() => setTermOf(null)}
        forceRender
      >
        <Form<{ validUntil?: string }>
          form={termForm}
          layout="vertical"
          aria-label={t('medical.agreements.term')}
          onFinish={(values) =>
            term.mutate(
              { id: termOf!.id, validUntil: values.validUntil ?? null },
              { onSuccess: () => setTermOf(null), onError: (error) => placeProblems(termForm, error, ['validUntil']) },
            )
          }
        >
          <Form.Item name="validUntil" label={t('medical.agreements.validUntil')} extra={t('medical.agreements.termHint')}>
            <DateField />
          </Form.Item>
          <FormFailure error={term.error} shown={['validUntil']} />
        </Form>
      </Modal>
    </RecordCard>
  );
}
