import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { ApiError } from '@web/api/api-error';
import { type CareAgreement, careAgreementsQuery, useCreateCareAgreementMutation, useEndCareAgreementMutation } from '@web/data/residents/care-agreements';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { DateActionModal } from '@web/modules/community-records/components/date-action-modal';
import { describeError } from '@web/lib/describe-error';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';

/** Who records and ends agreements (the API's OFFICIALS). */
const OFFICIALS = ['admin', 'civil_affairs'];

interface Values {
  caregiverName: string;
  caregiverPhone: string;
  caregiverRelation?: string;
  signedOn: Dayjs;
  validUntil?: Dayjs;
}

const FIELDS = new Set(['caregiverName', 'caregiverPhone', 'caregiverRelation', 'signedOn', 'validUntil']);

/** 委托照料服务协议 of a 特困 person: who cares for them at home and while; officers record and end them. */
export function CareAgreements({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const official = session ? OFFICIALS.includes(session.user.role) : false;
  const agreements = useQuery(careAgreementsQuery(residentId));
  const create = useCreateCareAgreementMutation(residentId);
  const end = useEndCareAgreementMutation(residentId);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<CareAgreement | null>(null);
  const [form] = Form.useForm<Values>();

  const submit = (values: Values) =>
    create.mutate(
      {
        caregiverName: values.caregiverName.trim(),
        caregiverPhone: values.caregiverPhone.trim(),
        ...(values.caregiverRelation?.trim() ? { caregiverRelation: values.caregiverRelation.trim() } : {}),
        signedOn: values.signedOn.format('YYYY-MM-DD'),
        ...(values.validUntil ? { validUntil: values.validUntil.format('YYYY-MM-DD') } : {}),
      },
      {
        onSuccess: () => {
          form.resetFields();
          setAdding(false);
        },
        onError: (error) => {
          if (error instanceof ApiError) form.setFields(error.fieldProblems.filter((p) => FIELDS.has(p.field)).map((p) => ({ name: p.field as keyof Values, errors: [p.message] })));
        },
      },
    );
  const required = [{ required: true, message: t('community.required') }];

  return (
    <section className="panel" aria-labelledby="care-agreements-title">
      <div className="page-head">
        <h2 id="care-agreements-title" className="panel__title">
          {t('community.agreements.title')}
        </h2>
        {official && !adding && <Button onClick={() => setAdding(true)}>{t('community.agreements.add')}</Button>}
      </div>
      <p className="hint">{t('community.agreements.hint')}</p>
      {adding && (
        <Form<Values> form={form} layout="vertical" onFinish={submit} className="care-agreement-form">
          <div className="form-row">
            <Form.Item name="caregiverName" label={t('community.agreements.caregiverName')} rules={[...required, { max: 100 }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="caregiverPhone" label={t('community.agreements.caregiverPhone')} rules={[...required, { pattern: /^[0-9+\-() ]{5,30}$/, message: t('community.agreements.badPhone') }]}>
              <Input inputMode="tel" autoComplete="off" />
            </Form.Item>
            <Form.Item name="caregiverRelation" label={t('community.agreements.caregiverRelation')} rules={[{ max: 50 }]}>
              <Input />
            </Form.Item>
          </div>
          <div className="form-row">
            <Form.Item name="signedOn" label={t('community.agreements.signedOn')} rules={required}>
              <DatePicker inputReadOnly disabledDate={(day) => day.format('YYYY-MM-DD') > today()} />
            </Form.Item>
            <Form.Item name="validUntil" label={t('community.agreements.validUntil')}>
              <DatePicker inputReadOnly />
            </Form.Item>
          </div>
          <div className="form-row">
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
            <Button
              onClick={() => {
                create.reset();
                setAdding(false);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
          {create.error && !(create.error instanceof ApiError && create.error.fieldProblems.some((p) => FIELDS.has(p.field))) && (
            <Alert type="error" showIcon role="alert" title={describeError(create.error, t)} />
          )}
        </Form>
      )}
      {agreements.isError ? (
        <ErrorNotice error={agreements.error} onRetry={() => void agreements.refetch()} />
      ) : !agreements.data ? (
        <PageLoading rows={2} />
      ) : agreements.data.length === 0 ? (
        <p className="hint">{t('community.agreements.empty')}</p>
      ) : (
        <ul className="record-list">
          {agreements.data.map((agreement) => (
            <li key={agreement.id} data-testid="care-agreement">
              <strong>{agreement.caregiverName}</strong>
              {agreement.caregiverRelation && `（${agreement.caregiverRelation}）`} <span className="masked">{agreement.caregiverPhone}</span>{' '}
              {agreement.inForce ? <Tag className="tag--ok">{t('community.agreements.inForce')}</Tag> : <Tag>{t('community.agreements.notInForce')}</Tag>}
              <div className="record-list__meta">
                {t('community.agreements.signedOn')} {agreement.signedOn} ·{' '}
                {agreement.validUntil ? t('community.agreements.until', { date: agreement.validUntil }) : t('community.agreements.openEnded')}
                {official && (agreement.validUntil === null || agreement.validUntil >= today()) && (
                  <Button size="small" type="link" onClick={() => setEnding(agreement)}>
                    {t('community.agreements.end')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <DateActionModal
        open={ending !== null}
        title={t('community.agreements.endTitle')}
        label={t('community.on')}
        notBefore={ending?.signedOn}
        allowFuture
        pending={end.isPending}
        error={end.error}
        onSubmit={(on) => ending && end.mutate({ agreementId: ending.id, on }, { onSuccess: () => setEnding(null) })}
        onClose={() => {
          end.reset();
          setEnding(null);
        }}
      />
    </section>
  );
}
