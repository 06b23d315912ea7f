import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_KIND_LABELS, CERTIFICATE_KINDS, STAFF_ROLE_LABELS, STAFF_ROLES } from '@shared/facilities/staff-roles';
import { useAddStaffMutation } from '@web/data/facilities/add-staff-mutation';
import type { StaffInput } from '@web/data/facilities/types';
import { useLabel } from '../hooks/use-label';
import { DateField } from './date-field';
import { FormFailure, placeProblems } from './form-failure';

const SHOWN = ['name', 'role', 'hiredOn', 'certificates'];

type CertificateValues = { kind?: string; level?: number | null; number?: string; issuedOn?: string; validUntil?: string };
interface Values {
  name?: string;
  role?: string;
  hiredOn?: string;
  certificates?: CertificateValues[];
}

/** 登记工作人员 with their certificates (skill level for caregivers, expiry where the certificate has one). */
export function StaffFormModal({ facilityId, open, onClose }: { facilityId: string; open: boolean; onClose: (name?: string) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const add = useAddStaffMutation(facilityId);
  useEffect(() => {
    if (open) add.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening
  }, [open]);
  const submit = (values: Values) => {
    const body = {
      name: values.name!.trim(),
      role: values.role,
      hiredOn: values.hiredOn,
      certificates: (values.certificates ?? []).map((c) => ({
        kind: c.kind,
        issuedOn: c.issuedOn,
        ...(c.level ? { level: c.level } : {}),
        ...(c.number?.trim() ? { number: c.number.trim() } : {}),
        ...(c.validUntil ? { validUntil: c.validUntil } : {}),
      })),
    } as StaffInput;
    add.mutate(body, { onSuccess: () => onClose(body.name), onError: (error) => placeProblems(form, error, SHOWN) });
  };
  return (
    <Modal
      open={open}
      title={t('facility.staff.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
      width={720}
      className="facility-modal"
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} preserve={false}>
        <div className="form-row">
          <Form.Item name="name" label={t('facility.staff.name')} rules={[{ required: true, whitespace: true, message: t('facility.staff.nameRequired') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="role" label={t('facility.staff.role')} rules={[{ required: true, message: t('facility.staff.roleRequired') }]}>
            <Select className="facility-select--wide" options={STAFF_ROLES.map((role) => ({ value: role, label: label(STAFF_ROLE_LABELS[role]) }))} />
          </Form.Item>
          <Form.Item name="hiredOn" label={t('facility.staff.hiredOn')} rules={[{ required: true, message: t('facility.staff.hiredOnRequired') }]}>
            <DateField />
          </Form.Item>
        </div>
        <Form.List name="certificates">
          {(fields, { add: addCertificate, remove }) => (
            <>
              {fields.map((field) => (
                <fieldset key={field.key} className="facility-fieldset">
                  <legend>
                    {t('facility.staff.certificates')} {field.name + 1}
                  </legend>
                  <div className="form-row">
                    <Form.Item name={[field.name, 'kind']} label={t('facility.staff.certificateKind')} rules={[{ required: true, message: t('facility.staff.kindRequired') }]}>
                      <Select className="facility-select--wide" options={CERTIFICATE_KINDS.map((kind) => ({ value: kind, label: label(CERTIFICATE_KIND_LABELS[kind]) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'level']} label={t('facility.staff.certificateLevel')}>
                      <InputNumber min={1} max={5} precision={0} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'number']} label={t('facility.staff.certificateNumber')}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </div>
                  <div className="form-row">
                    <Form.Item name={[field.name, 'issuedOn']} label={t('facility.staff.issuedOn')} rules={[{ required: true, message: t('facility.staff.issuedOnRequired') }]}>
                      <DateField />
                    </Form.Item>
                    <Form.Item name={[field.name, 'validUntil']} label={t('facility.staff.validUntilLabel')} extra={t('facility.staff.validUntilHint')}>
                      <DateField />
                    </Form.Item>
                    <Button className="facility-fieldset__remove" icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(field.name)}>
                      {t('facility.staff.removeCertificate')}
                    </Button>
                  </div>
                </fieldset>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => addCertificate({})}>
                {t('facility.staff.addCertificate')}
              </Button>
            </>
          )}
        </Form.List>
        <FormFailure error={add.error} shown={SHOWN} />
      </Form>
    </Modal>
  );
}
