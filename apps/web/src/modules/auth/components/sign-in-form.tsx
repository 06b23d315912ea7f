import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { useSignInMutation, type SignInVariables } from '@web/data/auth/sign-in-mutation';
import { describeError } from '@web/lib/describe-error';
import type { SessionUser } from '../utils/session-store';

/** Username and password; a wrong pair is said plainly under the form, the fields keep what was typed. */
export function SignInForm({ onSignedIn }: { onSignedIn: (user: SessionUser) => void }) {
  const { t } = useTranslation();
  const signIn = useSignInMutation();
  const failure = signIn.error
    ? signIn.error instanceof ApiError && signIn.error.status === 401
      ? t('signIn.wrong')
      : describeError(signIn.error, t)
    : null;
  return (
    <Form<SignInVariables>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => signIn.mutate(values, { onSuccess: onSignedIn })}
      disabled={signIn.isPending}
    >
      <Form.Item name="username" label={t('signIn.username')} rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}>
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
      </Form.Item>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}
