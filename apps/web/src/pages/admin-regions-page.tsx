import { useTranslation } from 'react-i18next';

/** Placeholder: the page is being built. */
export function AdminRegionsPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.regions')}</h1>;
}
