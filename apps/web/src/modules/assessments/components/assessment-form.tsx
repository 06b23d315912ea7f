import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_CONDITION_LABELS } from '@shared/assessments/instrument';
import type { AssessmentConditions } from '@shared/assessments/scoring';
import { ASSESSMENT_REASON_LABELS, ASSESSMENT_REASONS, type AssessmentReason } from '@shared/assessments/safety-risks';
import { today } from '@yiyang/core';
import { ApiError } from '@web/api/api-error';
import { useCreateAssessmentMutation } from '@web/data/assessments/create-assessment-mutation';
import type { Assessment, InstrumentView } from '@web/data/assessments/types';
import { describeError } from '@web/lib/describe-error';
import { fieldPath } from '@web/lib/field-path';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { useText } from '@web/modules/residents/hooks/use-text';
import { conditionEffect } from '../utils/condition-effect';
import { instrumentFromApi, liveScore } from '../utils/live-score';
import { LiveLevel } from './live-level';
import '../assessments.css';

interface Values {
  items?: Record<string, number | undefined>;
  conditions?: Partial<AssessmentConditions>;
  assessedOn?: Dayjs;
  reason?: AssessmentReason;
  notes?: string;
  signed?: boolean;
}

interface Props {
  residentId: string;
  instrument: InstrumentView;
  onSigned: (assessment: Assessment) => void;
}

/**
 * 能力评估 form, drawn from the instrument as the API serves it: each item's allowed scores as large buttons, the
 * conditions its rules read with what each does to the level, the date (asked, never assumed; not in the future),
 * the reason, and the assessor's signature. The level is worked out as items are scored by the API's own scoring
 * function; the API scores the items again when they are signed and its answer is the one kept.
 */
export function AssessmentForm({ residentId, instrument: view, onSigned }: Props) {
  const { t } = useTranslation();
  const text = useText();
  const session = useSession();
  const instrument = useMemo(() => instrumentFromApi(view), [view]);
  const [form] = Form.useForm<Values>();
  const items = Form.useWatch('items', form) ?? {};
  const conditions = Form.useWatch('conditions', form) ?? {};
  const live = liveScore(instrument, items, conditions);
  const create = useCreateAssessmentMutation();
  const required = [{ required: true, message: t('assessments.form.required') }];

  const submit = (values: Values) => {
    create.mutate(
      {
        residentId,
        instrument: view.code,
        version: instrument.version,
        reason: values.reason!,
        assessedOn: values.assessedOn!.format('YYYY-MM-DD'),
        items: values.items as Record<string, number>,
        conditions: Object.fromEntries(instrument.conditions.map((condition) => [condition, values.conditions?.[condition]])),
        ...(values.notes?.trim() ? { notes: values.notes.trim() } : {}),
      },
      {
        onSuccess: onSigned,
        onError: (error) => {
          if (error instanceof ApiError) form.setFields(error.fieldProblems.map((problem) => ({ name: fieldPath(problem.field) as never, errors: [problem.message] })));
        },
      },
    );
  };

  const unscored = instrument.items.length - live.scoredItems;
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} className="assessment-form" size="large" scrollToFirstError={{ block: 'center' }}>
      <LiveLevel instrument={instrument} live={live} />
      {instrument.domains.map((domain) => (
        <section key={domain.code} className="assessment-domain" aria-labelledby={`domain-${domain.code}`}>
          <h2 id={`domain-${domain.code}`} className="assessment-domain__title">
            {text(domain.text)}
            {live.result && <span className="assessment-domain__score">{t('assessments.form.score', { score: live.result.domainScores[domain.code] })}</span>}
          </h2>
          {instrument.items
            .filter((item) => item.domain === domain.code)
            .map((item) => (
              <Form.Item key={item.code} name={['items', item.code]} label={text(item.text)} rules={required} className="assessment-item">
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  className="score-choices"
                  aria-label={t('assessments.form.itemScore', { item: text(item.text) })}
                  options={item.allowed.map((score) => ({ value: score, label: String(score) }))}
                />
              </Form.Item>
            ))}
        </section>
      ))}
      {instrument.conditions.length > 0 && (
        <section className="assessment-domain" aria-labelledby="assessment-conditions">
          <h2 id="assessment-conditions" className="assessment-domain__title">
            {t('assessments.form.conditions')}
          </h2>
          <p className="hint">{t('assessments.form.conditionsHint')}</p>
          {instrument.conditions.map((condition) => {
            const effect = conditionEffect(instrument, condition);
            const values = effect.key === 'coma' ? { level: text(instrument.levels[Number(effect.values!.level)]) } : effect.values;
            return (
              <Form.Item
                key={condition}
                name={['conditions', condition]}
                label={text(ASSESSMENT_CONDITION_LABELS[condition])}
                extra={t(`assessments.form.effects.${effect.key}`, values ?? {})}
                rules={required}
                className="assessment-item"
              >
                {condition === 'riskEvents30d' ? (
                  <InputNumber min={0} max={99} precision={0} addonAfter={t('assessments.form.riskEvents')} className="assessment-item__count" />
                ) : (
                  <Radio.Group
                    optionType="button"
                    buttonStyle="solid"
                    className="score-choices"
                    aria-label={text(ASSESSMENT_CONDITION_LABELS[condition])}
                    options={[
                      { value: false, label: t('assessments.form.no') },
                      { value: true, label: t('assessments.form.yes') },
                    ]}
                  />
                )}
              </Form.Item>
            );
          })}
        </section>
      )}
      <section className="assessment-domain" aria-labelledby="assessment-sign">
        <h2 id="assessment-sign" className="assessment-domain__title">
          {t('assessments.form.sign')}
        </h2>
        <div className="form-row">
          <Form.Item
            name="assessedOn"
            label={t('assessments.form.assessedOn')}
            rules={[
              ...required,
              { validator: (_, value?: Dayjs) => (value && value.format('YYYY-MM-DD') > today() ? Promise.reject(new Error(t('assessments.form.notFuture'))) : Promise.resolve()) },
            ]}
          >
            <DatePicker disabledDate={(day) => day.format('YYYY-MM-DD') > today()} inputReadOnly allowClear={false} />
          </Form.Item>
        </div>
        <Form.Item name="reason" label={t('assessments.form.reason')} rules={required}>
          <Radio.Group optionType="button" buttonStyle="solid" className="score-choices" options={ASSESSMENT_REASONS.map((reason) => ({ value: reason, label: text(ASSESSMENT_REASON_LABELS[reason]) }))} />
        </Form.Item>
        <Form.Item name="notes" label={t('assessments.form.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <p className="assessment-form__assessor">{t('assessments.form.assessor', { name: session?.user.displayName ?? session?.user.username ?? '' })}</p>
        <Form.Item name="signed" valuePropName="checked" rules={[{ validator: (_, checked) => (checked ? Promise.resolve() : Promise.reject(new Error(t('assessments.form.mustConfirm')))) }]}>
          <Checkbox className="assessment-form__confirm">{t('assessments.form.confirm')}</Checkbox>
        </Form.Item>
      </section>
      {unscored > 0 && <p className="hint">{t('assessments.form.unscored', { count: unscored })}</p>}
      {create.error && !(create.error instanceof ApiError && create.error.fieldProblems.length > 0) && (
        <Alert type="error" showIcon role="alert" title={describeError(create.error, t)} className="assessment-form__error" />
      )}
      <Button type="primary" htmlType="submit" loading={create.isPending} className="assessment-form__submit">
        {t('assessments.form.submit')}
      </Button>
    </Form>
  );
}
