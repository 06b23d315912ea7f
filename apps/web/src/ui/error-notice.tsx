import { Alert, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { describeError } from '@web/lib/describe-error';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** A whole page failed (a Result) rather than one part of it (an Alert). */
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
    const status = error instanceof ApiError && (error.status === 403 || error.status === 404) ? error.status : 'warning';
    return <Result status={status} title={message} extra={retry} />;
  }
  return <Alert type="error" showIcon title={message} action={retry} role="alert" />;
}
