import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An unknown address, said in words with the way back. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="route-error">
      <p className="route-error__code" aria-hidden>
        404
      </p>
      <h1 className="route-error__title">{t('errors.pageNotFound')}</h1>
      <Link to="/">
        <Button type="primary">{t('errors.backHome')}</Button>
      </Link>
    </div>
  );
}
