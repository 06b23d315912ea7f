import { useTranslation } from 'react-i18next';

/** Placeholder: the page is being built. */
export function AdminJobsPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.jobs')}</h1>;
}
