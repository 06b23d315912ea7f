import { WarningOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './not-found-page';

/**
 * A page that crashed (or a route the router does not know), said in words with a way on, never a blank page. It
 * lives in the shell, so it is plain markup rather than antd's Result (whose pictures weigh ~10 KB gzip).
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="route-error" role="alert">
      <WarningOutlined aria-hidden className="route-error__icon" />
      <h1 className="route-error__title">{t('errors.crashed')}</h1>
      <Button onClick={() => window.location.reload()}>{t('common.refresh')}</Button>
    </div>
  );
}
