import { useTranslation } from 'react-i18next';

/** Placeholder: the page is being built. */
export function FamilyStatementPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.statement')}</h1>;
}
