import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITY_FUNCTION_LABELS, FACILITY_FUNCTIONS, FACILITY_KIND_LABELS, FACILITY_KINDS, FOOD_SAFETY_GRADES, OPERATIONS, OWNERSHIPS } from '@shared/facilities/facility-kinds';
import { useUpdateFacilityMutation } from '@web/data/facilities/update-facility-mutation';
import type { Facility, FacilityProfile, UpdateFacility } from '@web/data/facilities/types';
import { useFacilityPermissions } from '../hooks/use-facility-permissions';
import { useLabel } from '../hooks/use-label';
import { DESCRIPTION_FIELDS, PROFILE_FIELDS } from '@shared/facilities/profile-fields';
import { PROFILE_FLAGS, profileChanges, type ProfileValues } from '../utils/profile-changes';
import { DateField } from './date-field';
import { FormFailure, placeProblems } from './form-failure';
import { OfficialOnly } from './official-only';

const SHOWN = [...DESCRIPTION_FIELDS, ...PROFILE_FIELDS, 'effectiveFrom'];

type Values = Partial<ProfileValues> & { effectiveFrom?: string };

/**
 * 修改机构档案: name, address and phone change at once; services, features and grades from the effective date the
 * person gives (asked for explicitly, never assumed). Official fields are shown locked to operators, with the reason.
 */
export function ProfileEditModal({ facility, profile, open, onClose }: { facility: Facility; profile: FacilityProfile; open: boolean; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const permissions = useFacilityPermissions();
  const [form] = Form.useForm<Values>();
  const update = useUpdateFacilityMutation(facility.id);
  const current: Values = {
    name: facility.name,
    address: facility.address,
    phone: facility.phone,
    ...Object.fromEntries(PROFILE_FIELDS.map((field) => [field, profile[field]])),
  };
  const [unchanged, setUnchanged] = useState(false);
  useEffect(() => {
    if (open) update.reset();
    setUnchanged(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening
  }, [open]);

  const submit = (values: Values) => {
    const { body, dated } = profileChanges(current, values, values.effectiveFrom);
    setUnchanged(!Object.keys(body).length);
    if (!Object.keys(body).length) return;
    if (dated && !values.effectiveFrom) {
      form.setFields([{ name: 'effectiveFrom', errors: [t('facility.edit.effectiveFromRequired')] }]);
      return;
    }
    update.mutate(body as UpdateFacility, {
      onSuccess: () => onClose(true),
      onError: (error) => placeProblems(form, error, SHOWN),
    });
  };
  const officialLocked = !permissions.editOfficialFields;
  return (
    <Modal
      open={open}
      title={t('facility.edit.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
      width={720}
      className="facility-modal"
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={current} preserve={false}>
        <p className="hint">{t('facility.edit.description')}</p>
        <Form.Item name="name" label={t('facility.edit.name')} rules={[{ required: true, whitespace: true, message: t('facility.edit.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="address" label={t('facility.profile.address')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="phone" label={t('facility.profile.phone')}>
          <Input inputMode="tel" maxLength={30} />
        </Form.Item>
        <p className="hint">{t('facility.edit.datedHint')}</p>
        <Form.Item name="effectiveFrom" label={t('facility.edit.effectiveFrom')}>
          <DateField />
        </Form.Item>
        {officialLocked && <OfficialOnly>{t('facility.edit.officialOnly')}</OfficialOnly>}
        <div className="form-row">
          <Form.Item name="kind" label={t('facility.profile.kind')}>
            <Select disabled={officialLocked} className="facility-select--wide" options={FACILITY_KINDS.map((kind) => ({ value: kind, label: label(FACILITY_KIND_LABELS[kind]) }))} />
          </Form.Item>
          <Form.Item name="ownership" label={t('facility.profile.ownership')}>
            <Select disabled={officialLocked} className="facility-select" options={OWNERSHIPS.map((value) => ({ value, label: t(`facility.profile.ownershipValue.${value}`) }))} />
          </Form.Item>
          <Form.Item name="operation" label={t('facility.profile.operation')}>
            <Select disabled={officialLocked} className="facility-select" options={OPERATIONS.map((value) => ({ value, label: t(`facility.profile.operationValue.${value}`) }))} />
          </Form.Item>
        </div>
        <Form.Item name="functions" label={t('facility.profile.functions')}>
          <Checkbox.Group className="facility-checks" options={FACILITY_FUNCTIONS.map((value) => ({ value, label: label(FACILITY_FUNCTION_LABELS[value]) }))} />
        </Form.Item>
        <fieldset className="facility-fieldset">
          <legend>{t('facility.profile.flags')}</legend>
          <div className="facility-checks">
            {PROFILE_FLAGS.map((flag) => (
              <Form.Item key={flag} name={flag} valuePropName="checked" noStyle>
                <Checkbox>{t(`facility.profile.flag.${flag}`)}</Checkbox>
              </Form.Item>
            ))}
          </div>
        </fieldset>
        <div className="form-row">
          <Form.Item name="foodSafetyGrade" label={t('facility.profile.foodSafetyGrade')}>
            <Select className="facility-select" options={[{ value: null, label: t('facility.edit.clear') }, ...FOOD_SAFETY_GRADES.map((grade) => ({ value: grade, label: grade }))]} />
          </Form.Item>
          <Form.Item name="aGrade" label={t('facility.profile.aGrade')}>
            <Select
              className="facility-select"
              options={[{ value: null, label: t('facility.edit.clear') }, ...[1, 2, 3, 4, 5].map((grade) => ({ value: grade, label: t('facility.profile.aGradeValue', { grade }) }))]}
            />
          </Form.Item>
        </div>
        {unchanged && <p className="hint" role="status">{t('facility.edit.nothingChanged')}</p>}
        <FormFailure error={update.error} shown={SHOWN} />
      </Form>
    </Modal>
  );
}
