import { useTranslation } from 'react-i18next';

/** Placeholder: the page is being built. */
export function FamilyWaitlistPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.familyWaitlist')}</h1>;
}
