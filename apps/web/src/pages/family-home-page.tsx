import { useTranslation } from 'react-i18next';

/** Placeholder: the page is being built. */
export function FamilyHomePage() {
  const { t } = useTranslation();
  return <h1>{t('nav.family')}</h1>;
}
