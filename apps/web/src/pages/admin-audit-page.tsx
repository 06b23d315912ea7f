import { useTranslation } from 'react-i18next';

/** Placeholder: the page is being built. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.audit')}</h1>;
}
