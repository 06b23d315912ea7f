import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';

/** An unknown address, or a page that crashed: said in words with the way back, never a blank page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title={t('errors.pageNotFound')} extra={<Link to="/"><Button type="primary">{t('errors.backHome')}</Button></Link>} />;
}

export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <Result status="warning" title={t('errors.crashed')} extra={<Button onClick={() => window.location.reload()}>{t('common.refresh')}</Button>} />;
}
