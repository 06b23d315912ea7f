import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '@web/api/api-error';

/**
 * One sentence a person understands for any failed request: the API's own message where it speaks to them (a rule
 * refused, a conflict), a plain explanation by status otherwise, never a stack or a blank.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (!(error instanceof ApiError)) return t('errors.unknown');
  switch (error.status) {
    case 400:
    case 422:
      return error.fieldProblems.length ? t('errors.invalid') : (error.body?.message ?? t('errors.invalid'));
    case 401:
      return t('signIn.expired');
    case 403:
      return t('errors.forbidden');
    case 404:
      return t('errors.notFound');
    case 409:
      return error.body?.message ?? t('errors.conflict');
    case 429:
      return t('errors.tooMany');
    case 502:
    case 503:
    case 504:
      return t('errors.unavailable');
    default:
      return error.status >= 500 ? t('errors.server', { requestId: error.requestId ?? '—' }) : (error.body?.message ?? t('errors.unknown'));
  }
}
