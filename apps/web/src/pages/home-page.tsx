import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '@web/modules/auth/hooks/use-session';

/** Roles whose pages come later (operators, assessors, families) land here. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Card>
      <Typography.Title level={2}>{t('home.welcome', { name: session?.user.displayName ?? '' })}</Typography.Title>
      <Typography.Paragraph>{t('home.comingSoon')}</Typography.Paragraph>
    </Card>
  );
}
