import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Radio, Select } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVING_ARRANGEMENTS, RESIDENT_CATEGORIES, RESIDENT_CATEGORY_LABELS, LIVING_ARRANGEMENT_LABELS, TEKUN_SUPPORT_MODES } from '@shared/residents/resident-enums';
import { normaliseIdNumber } from '@shared/residents/id-number';
import { today } from '@yiyang/core';
import { ApiError } from '@web/api/api-error';
import { regionQuery } from '@web/data/regions/region-query';
import { useLinkResidentMutation } from '@web/data/residents/link-resident-mutation';
import { useRegisterResidentMutation } from '@web/data/residents/register-resident-mutation';
import { describeError } from '@web/lib/describe-error';
import { fieldPath } from '@web/lib/field-path';
import { RegionPicker } from '@web/modules/regions/components/region-picker';
import { useCurrentFacility } from '@web/modules/facilities/hooks/use-current-facility';
import { useText } from '../hooks/use-text';
import { idNumberChecklist, type CheckState, type IdNumberChecklist } from '../utils/id-number-checklist';
import { newResidentBody, type ResidentFormValues } from '../utils/new-resident';
import '../residents.css';

interface Props {
  /** The person registered, or — after the server's 409 — the registered person linked to the facility instead. */
  onRegistered: (resident: { id: string; name: string }) => void;
}

const MARKS: Record<CheckState, ReactNode> = {
  pass: <CheckCircleFilled aria-hidden className="id-check__mark id-check__mark--pass" />,
  fail: <CloseCircleFilled aria-hidden className="id-check__mark id-check__mark--fail" />,
  pending: <MinusCircleOutlined aria-hidden className="id-check__mark" />,
};

/** The three checks, each marked passed, failed or not yet known, as the number is typed. */
function IdNumberChecks({ checklist }: { checklist: IdNumberChecklist }) {
  const { t } = useTranslation();
  const rows = [
    ['length', checklist.length],
    ['birthDate', checklist.birthDate],
    ['checkDigit', checklist.checkDigit],
  ] as const;
  return (
    <ul className="id-check" data-testid="id-number-checks">
      {rows.map(([check, state]) => (
        <li key={check} className={`id-check__row id-check__row--${state}`} data-state={state}>
          {MARKS[state]} {t(`residents.form.checks.${check}`)}
        </li>
      ))}
    </ul>
  );
}

/** A region field: the picker, named with the region's own name once the API has told it. */
function RegionField({ id, label, value, onChange }: { id: string; label: string; value?: string; onChange?: (code: string) => void }) {
  const region = useQuery({ ...regionQuery(value ?? ''), enabled: Boolean(value) });
  return <RegionPicker id={id} ariaLabel={label} value={value ?? null} valueName={region.data?.name} onChange={(code) => onChange?.(code)} />;
}

/**
 * 登记老年人: registration with the 身份证 number checked as it is typed — length, date of birth, check digit, by the
 * API's own function — before anything is sent; the date of birth and sex are read from the number. A person already
 * registered (the server's 409) is said on the number's field, with the offer to link them to this facility.
 */
export function ResidentForm({ onRegistered }: Props) {
  const { t } = useTranslation();
  const text = useText();
  const [form] = Form.useForm<ResidentFormValues>();
  const idNumber = Form.useWatch('idNumber', form) ?? '';
  const categories = Form.useWatch('categories', form) ?? [];
  const checklist = idNumberChecklist(idNumber, today());
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const register = useRegisterResidentMutation();
  const link = useLinkResidentMutation();
  const { facility, facilities } = useCurrentFacility();

  useEffect(() => {
    if (!facility || form.getFieldValue('facilityId')) return;
    form.setFieldsValue({ facilityId: facility.id, hukouRegionCode: facility.regionCode, residenceRegionCode: facility.regionCode });
  }, [facility, form]);

  const duplicate = duplicateOf !== null && duplicateOf === idNumber;
  const idStatus = duplicate || checklist.failed ? 'error' : checklist.facts ? 'success' : undefined;
  const idHelp = duplicate ? (
    <span className="id-check__duplicate" role="alert">
      {t('residents.form.duplicate')}{' '}
      <Button loading={link.isPending} onClick={() => void linkExisting()}>
        {t('residents.form.link')}
      </Button>
    </span>
  ) : checklist.failed ? (
    <span role="alert">{t(`residents.form.failed.${checklist.failed}`)}</span>
  ) : checklist.facts ? (
    t('residents.form.derived', { birthDate: checklist.facts.birthDate, sex: t(`residents.sexes.${checklist.facts.sex}`) })
  ) : (
    t('residents.form.typed', { typed: checklist.typed })
  );

  const submit = (values: ResidentFormValues) => {
    if (!checklist.facts) return;
    register.mutate(newResidentBody(values, checklist.facts), {
      onSuccess: (resident) => onRegistered({ id: resident.id, name: resident.name }),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        if (error.status === 409) {
          setDuplicateOf(values.idNumber);
          return;
        }
        form.setFields(error.fieldProblems.map((problem) => ({ name: fieldPath(problem.field) as never, errors: [problem.message] })));
      },
    });
  };

  async function linkExisting() {
    const { name, facilityId } = await form.validateFields(['name', 'facilityId']);
    link.mutate({ idNumber: normaliseIdNumber(idNumber), name, facilityId: facilityId! }, { onSuccess: (resident) => onRegistered({ id: resident.id, name: resident.name }) });
  }

  const required = [{ required: true, message: t('residents.form.required') }];
  const serverError = register.error && !(register.error instanceof ApiError && (register.error.status === 409 || register.error.fieldProblems.length > 0)) ? register.error : link.error;
  return (
    <Form<ResidentFormValues> form={form} layout="vertical" onFinish={submit} className="resident-form" size="large" scrollToFirstError>
      <div className="form-row">
        <Form.Item name="name" label={t('residents.name')} rules={required} className="resident-form__name">
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('residents.idNumber')}
          validateStatus={idStatus}
          help={idHelp}
          extra={<IdNumberChecks checklist={checklist} />}
          className="resident-form__id"
          rules={[{ validator: () => (checklist.facts ? Promise.resolve() : Promise.reject(new Error(t('residents.form.idNumberHint')))) }]}
        >
          <Input autoComplete="off" inputMode="text" maxLength={22} placeholder={t('residents.form.idNumberHint')} className="resident-form__id-input" />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="hukouRegionCode" label={t('residents.form.hukouRegion')} htmlFor="resident-hukou" rules={required}>
          <RegionField id="resident-hukou" label={t('residents.form.hukouRegion')} />
        </Form.Item>
        <Form.Item name="residenceRegionCode" label={t('residents.form.residenceRegion')} htmlFor="resident-residence" rules={required}>
          <RegionField id="resident-residence" label={t('residents.form.residenceRegion')} />
        </Form.Item>
      </div>
      <Form.Item name="livingArrangement" label={t('residents.livingArrangement')} rules={required}>
        <Radio.Group optionType="button" buttonStyle="solid" className="big-choices" options={LIVING_ARRANGEMENTS.map((value) => ({ value, label: text(LIVING_ARRANGEMENT_LABELS[value]) }))} />
      </Form.Item>
      <Form.Item name="categories" label={t('residents.category')}>
        <Checkbox.Group className="resident-form__categories" options={RESIDENT_CATEGORIES.map((value) => ({ value, label: text(RESIDENT_CATEGORY_LABELS[value]) }))} />
      </Form.Item>
      {categories.includes('tekun') && (
        <Form.Item name="tekunSupportMode" label={t('residents.form.tekunSupportMode')}>
          <Radio.Group optionType="button" buttonStyle="solid" className="big-choices" options={TEKUN_SUPPORT_MODES.map((value) => ({ value, label: t(`residents.form.tekunModes.${value}`) }))} />
        </Form.Item>
      )}
      <div className="form-row">
        <Form.Item name="phone" label={t('residents.phone')}>
          <Input type="tel" autoComplete="off" maxLength={30} />
        </Form.Item>
        <Form.Item name="facilityId" label={t('residents.form.facility')} rules={required} hidden={facilities.length <= 1}>
          <Select options={facilities.map((item) => ({ value: item.id, label: item.name }))} />
        </Form.Item>
      </div>
      <fieldset className="resident-form__contacts">
        <legend>{t('residents.form.contacts')}</legend>
        <Form.List name="emergencyContacts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} className="form-row resident-form__contact">
                  <Form.Item name={[field.name, 'name']} label={t('residents.form.contactName')} rules={required}>
                    <Input maxLength={50} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'relation']} label={t('residents.form.relation')} rules={required}>
                    <Input maxLength={20} placeholder="女儿" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} label={t('residents.form.contactPhone')} rules={required}>
                    <Input type="tel" maxLength={30} />
                  </Form.Item>
                  <Button type="text" danger icon={<MinusCircleOutlined aria-hidden />} aria-label={t('residents.form.removeContact', { index: index + 1 })} onClick={() => remove(field.name)} className="resident-form__remove" />
                </div>
              ))}
              {fields.length < 5 && (
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                  {t('residents.form.addContact')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </fieldset>
      {serverError && <Alert type="error" showIcon role="alert" title={describeError(serverError, t)} className="resident-form__error" />}
      <Button type="primary" htmlType="submit" loading={register.isPending} className="resident-form__submit">
        {t('residents.form.submit')}
      </Button>
    </Form>
  );
}
