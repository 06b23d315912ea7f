import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/auth/roles';

/** What the chosen role can see, in words, beside the role picker; said again whenever the role changes. */
export function RoleExplainer({ role }: { role: Role | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="role-explainer" aria-live="polite">
      {role && (
        <>
          <strong>{t('admin.users.canSee')}</strong>
          <p>{t(`admin.users.roleHelp.${role}`)}</p>
        </>
      )}
    </div>
  );
}
