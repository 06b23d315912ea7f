import { Form, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveUserMutation } from '@web/data/users/save-user-mutation';
import type { User } from '@web/data/users/types';
import { FormFailure, placeProblems } from '@web/modules/facility-profile/components/form-failure';
import { PasswordField } from './password-field';

/** Sets a new password (PATCH /users/{id} { password }); the API ends the account's open sessions with it. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: (saved: User | null) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const save = useSaveUserMutation();
  useEffect(() => {
    if (!user) return;
    save.reset();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [user]);
  const title = user ? `${t('admin.users.resetPassword')} · ${user.username}` : '';
  return (
    <Modal open={Boolean(user)} title={title} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={() => onClose(null)} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        aria-label={title}
        onFinish={({ password }) =>
          user && save.mutate({ id: user.id, body: { password } }, { onSuccess: (saved) => onClose(saved), onError: (error) => placeProblems(form, error, ['password']) })
        }
      >
        <Form.Item
          name="password"
          label={t('admin.users.newPassword')}
          extra={t('admin.users.passwordHint')}
          rules={[{ required: true, message: t('admin.users.required') }, { min: 12, message: t('admin.users.passwordRule') }]}
        >
          <PasswordField />
        </Form.Item>
        <FormFailure error={save.error} shown={['password']} />
      </Form>
    </Modal>
  );
}
