import { useTranslation } from 'react-i18next';

/** Placeholder: the page is being built. */
export function FamilyOrdersPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.orders')}</h1>;
}
