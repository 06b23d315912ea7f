import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { homeFor, safeNext } from '@web/app/navigation';
import { SignInForm } from '@web/modules/auth/components/sign-in-form';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { sessionStore } from '@web/modules/auth/utils/session-store';
import { ElderModeSwitch } from '@web/ui/elder-mode-switch';
import { LanguageSwitch } from '@web/ui/language-switch';

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (session) return <Navigate to={next ?? homeFor(session.user.role)} replace />;
  return (
    <main className="sign-in">
      <div className="sign-in__language">
        <ElderModeSwitch />
        <LanguageSwitch />
      </div>
      <Card className="sign-in__card">
        <Typography.Title level={1} className="sign-in__brand">
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
        <Typography.Title level={2} className="sign-in__title">
          {t('signIn.title')}
        </Typography.Title>
        {sessionStore.endedBecause === 'expired' && <Alert type="warning" showIcon title={t('signIn.expired')} style={{ marginBottom: 16 }} />}
        <SignInForm onSignedIn={(user) => navigate(next ?? homeFor(user.role), { replace: true })} />
      </Card>
    </main>
  );
}
