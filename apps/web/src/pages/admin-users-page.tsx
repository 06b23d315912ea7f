import { useTranslation } from 'react-i18next';
import { UsersWorkspace } from '@web/modules/admin-users/components/users-workspace';

/** `/admin/users`: the administrator's accounts page. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1 className="page-head__title">{t('admin.users.title')}</h1>
      <UsersWorkspace />
    </div>
  );
}
