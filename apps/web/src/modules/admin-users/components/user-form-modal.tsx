import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type GrantKind, ROLES } from '@shared/auth/roles';
import { useSaveUserMutation } from '@web/data/users/save-user-mutation';
import type { User } from '@web/data/users/types';
import { FormFailure, placeProblems } from '@web/modules/facility-profile/components/form-failure';
import { createBody, formValuesOf, grantsOf, Role, scopeProblemFields, updateBody, type UserFormValues } from '../utils/role-scope';
import { FacilityPicker } from './facility-picker';
import { PasswordField } from './password-field';
import { PeoplePicker } from './people-picker';
import { RegionField } from './region-field';
import { RoleExplainer } from './role-explainer';

const FIELDS = ['username', 'displayName', 'password', 'role', 'regionCode', 'facilityIds', 'residentIds'] as const;

interface Props {
  /** The account being changed; null creates one. */
  editing: User | null;
  open: boolean;
  onClose: (saved: User | null) => void;
}

/**
 * Creates or changes an account. The role decides which scope pickers show (the API's ROLE_GRANTS), what the role
 * can see is said beside it, and a missing grant is named on its picker before anything is sent.
 */
export function UserFormModal({ editing, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserFormValues>();
  const save = useSaveUserMutation();
  const role = Form.useWatch('role', form);
  const grants = grantsOf(role);
  useEffect(() => {
    if (!open) return;
    save.reset();
    form.resetFields();
    if (editing) form.setFieldsValue(formValuesOf(editing));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [open, editing]);

  const submit = (values: UserFormValues) => {
    save.mutate(editing ? { id: editing.id, body: updateBody(values) } : { id: null, body: createBody(values) }, {
      onSuccess: (user) => onClose(user),
      onError: (error) => placeProblems(form, error, FIELDS),
    });
  };
  const required = { required: true, message: t('admin.users.required') };
  // A grant the role still needs is named on its picker before anything is sent, and the message goes once it is chosen.
  const needed = (field: GrantKind) => ({
    validator: () => {
      const values = form.getFieldsValue(['role', 'regionCode', 'facilityIds', 'residentIds']) as UserFormValues;
      if (!scopeProblemFields(values).includes(field)) return Promise.resolve();
      return Promise.reject(new Error(values.role === Role.Assessor ? t('admin.users.assessorNeeds') : t(`admin.users.needs.${field}`)));
    },
  });
  return (
    <Modal
      open={open}
      title={editing ? t('admin.users.editTitle', { username: editing.username }) : t('admin.users.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
      width={640}
      className="admin-users"
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        name="user-form"
        aria-label={editing ? t('admin.users.editTitle', { username: editing.username }) : t('admin.users.createTitle')}
        onFinish={submit}
        initialValues={{ role: Role.Operator, regionCode: null, facilityIds: [], residentIds: [] }}
      >
        <div className="form-row">
          <Form.Item name="username" label={t('admin.users.username')} rules={[required, { pattern: /^[A-Za-z0-9._-]{3,64}$/, message: t('admin.users.usernameRule') }]} extra={editing ? undefined : t('admin.users.usernameRule')}>
            <Input disabled={Boolean(editing)} autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Form.Item name="displayName" label={t('admin.users.displayName')} rules={[{ max: 100 }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </div>
        {!editing && (
          <Form.Item name="password" label={t('admin.users.password')} extra={t('admin.users.passwordHint')} rules={[required, { min: 12, message: t('admin.users.passwordRule') }]}>
            <PasswordField />
          </Form.Item>
        )}
        <div className="user-form__role">
          <Form.Item name="role" label={t('admin.users.role')} rules={[required]}>
            <Select options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))} style={{ minWidth: 180 }} />
          </Form.Item>
          <RoleExplainer role={role} />
        </div>
        {grants.includes('regionCode') && (
          <Form.Item name="regionCode" label={t('admin.users.region')} dependencies={['role', 'facilityIds']} rules={[needed('regionCode')]}>
            <RegionField ariaLabel={t('admin.users.region')} />
          </Form.Item>
        )}
        {grants.includes('facilityIds') && (
          <Form.Item name="facilityIds" label={t('admin.users.facilities')} dependencies={['role']} rules={[needed('facilityIds')]}>
            <FacilityPicker ariaLabel={t('admin.users.facilities')} />
          </Form.Item>
        )}
        {grants.includes('residentIds') && (
          <Form.Item name="residentIds" label={t('admin.users.residents')} dependencies={['role']} rules={[needed('residentIds')]}>
            <PeoplePicker />
          </Form.Item>
        )}
        <FormFailure error={save.error} shown={FIELDS} />
      </Form>
    </Modal>
  );
}
