import { useTranslation } from 'react-i18next';

/** Placeholder: the page is being built. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.users')}</h1>;
}
