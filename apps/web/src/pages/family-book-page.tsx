import { useTranslation } from 'react-i18next';

/** Placeholder: the page is being built. */
export function FamilyBookPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.book')}</h1>;
}
