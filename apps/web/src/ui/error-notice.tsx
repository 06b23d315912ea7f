import { LockOutlined, SearchOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { describeError } from '@web/lib/describe-error';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** A whole page failed (a centred notice) rather than one part of it (an Alert). */
  page?: boolean;
}

/** A failed request, in words, with a way to try again. */
export function ErrorNotice({ error, onRetry, page }: Props) {
  const { t } = useTranslation();
  const message = describeError(error, t);
  const retry = onRetry ? (
    <Button size="small" onClick={onRetry}>
      {t('errors.retry')}
    </Button>
  ) : undefined;
  if (page) {
    // Plain markup, as the route's error page: antd's Result brings its pictures (~10 KB gzip) into every page's shell.
    const status = error instanceof ApiError ? error.status : 0;
    const Icon = status === 403 ? LockOutlined : status === 404 ? SearchOutlined : WarningOutlined;
    return (
      <div className="route-error" role="alert">
        <Icon aria-hidden className="route-error__icon" />
        <h2 className="route-error__title">{message}</h2>
        {retry}
      </div>
    );
  }
  return <Alert type="error" showIcon title={message} action={retry} role="alert" />;
}
