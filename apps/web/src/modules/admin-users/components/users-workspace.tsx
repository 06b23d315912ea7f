import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ROLES } from '@shared/auth/roles';
import { useSaveUserMutation } from '@web/data/users/save-user-mutation';
import type { User, UserFilters } from '@web/data/users/types';
import { useUsersQuery } from '@web/data/users/users-query';
import { ErrorNotice } from '@web/ui/error-notice';
import { searchFromUserFilters, userFiltersFromSearch } from '../utils/user-filters';
import { FacilityPicker } from './facility-picker';
import { ResetPasswordModal } from './reset-password-modal';
import { UserFormModal } from './user-form-modal';
import { UserScope } from './user-scope';
import '../admin-users.css';

/**
 * 用户管理: the accounts, searched and filtered in the address, paged; create, edit role and scope, deactivate or
 * reactivate, and set a new password. Each outcome is said above the table.
 */
export function UsersWorkspace() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = userFiltersFromSearch(search);
  const [term, setTerm] = useState(filters.q ?? '');
  const users = useUsersQuery(filters);
  const toggle = useSaveUserMutation();
  const [form, setForm] = useState<{ open: boolean; editing: User | null }>({ open: false, editing: null });
  const [resetting, setResetting] = useState<User | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const go = (next: Partial<UserFilters>) => setSearch(searchFromUserFilters({ ...filters, page: 1, ...next }));
  const setActive = (user: User, active: boolean) => {
    setOutcome(null);
    toggle.mutate({ id: user.id, body: { active } }, { onSuccess: () => setOutcome(t(active ? 'admin.users.reactivated' : 'admin.users.deactivated', { username: user.username })) });
  };
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }) : t('admin.users.never'));
  return (
    <div className="stack admin-users">
      <div className="users-toolbar">
        <Input.Search
          className="users-toolbar__search"
          allowClear
          aria-label={t('admin.users.search')}
          placeholder={t('admin.users.search')}
          value={term}
          onChange={(event) => setTerm(event.target.value)}
          onSearch={(value) => go({ q: value.trim() || undefined })}
        />
        <Select
          aria-label={t('admin.users.roleFilter')}
          value={filters.role ?? ''}
          style={{ minWidth: 150 }}
          options={[{ value: '', label: t('admin.users.allRoles') }, ...ROLES.map((value) => ({ value, label: t(`role.${value}`) }))]}
          onChange={(value: string) => go({ role: (value || undefined) as UserFilters['role'] })}
        />
        <Select
          aria-label={t('admin.users.statusFilter')}
          value={filters.active === undefined ? '' : String(filters.active)}
          style={{ minWidth: 120 }}
          options={[
            { value: '', label: t('admin.users.allStatuses') },
            { value: 'true', label: t('admin.users.active') },
            { value: 'false', label: t('admin.users.inactive') },
          ]}
          onChange={(value: string) => go({ active: value === '' ? undefined : value === 'true' })}
        />
        <FacilityPicker
          single
          ariaLabel={t('admin.users.facilityFilter')}
          placeholder={t('admin.users.facilityFilter')}
          value={filters.facilityId ? [filters.facilityId] : []}
          onChange={(ids) => go({ facilityId: ids[0] })}
        />
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => (setOutcome(null), setForm({ open: true, editing: null }))}>
          {t('admin.users.add')}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome && <Alert type="success" showIcon role="status" title={outcome} />}
        {toggle.error && <ErrorNotice error={toggle.error} />}
      </div>
      {users.isError ? (
        <ErrorNotice error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<User>
          className="users-table"
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data?.items ?? []}
          locale={{ emptyText: t('admin.users.empty') }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: filters.page,
            pageSize: filters.limit,
            total: users.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (count) => t('admin.users.total', { count }),
            onChange: (page) => setSearch(searchFromUserFilters({ ...filters, page })),
          }}
          columns={[
            { title: t('admin.users.username'), dataIndex: 'username', render: (username: string) => <code>{username}</code> },
            { title: t('admin.users.displayName'), dataIndex: 'displayName' },
            { title: t('admin.users.role'), dataIndex: 'role', render: (role: User['role']) => t(`role.${role}`) },
            { title: t('admin.users.scope'), key: 'scope', render: (_, user) => <UserScope user={user} /> },
            {
              title: t('admin.users.status'),
              dataIndex: 'active',
              render: (active: boolean) => <Tag className={active ? 'tag--ok' : 'tag--off'}>{active ? t('admin.users.active') : t('admin.users.inactive')}</Tag>,
            },
            { title: t('admin.users.lastLogin'), dataIndex: 'lastLoginAt', render: when },
            {
              title: t('admin.users.actions'),
              key: 'actions',
              render: (_, user) => (
                <Space size={4} wrap>
                  <Button size="small" autoInsertSpace={false} aria-label={`${t('admin.users.edit')} ${user.username}`} onClick={() => (setOutcome(null), setForm({ open: true, editing: user }))}>
                    {t('admin.users.edit')}
                  </Button>
                  <Button size="small" autoInsertSpace={false} aria-label={`${t('admin.users.resetPassword')} ${user.username}`} onClick={() => (setOutcome(null), setResetting(user))}>
                    {t('admin.users.resetPassword')}
                  </Button>
                  {user.active ? (
                    <Popconfirm
                      title={t('admin.users.deactivateConfirm', { username: user.username })}
                      okText={t('admin.users.deactivate')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => setActive(user, false)}
                    >
                      <Button size="small" autoInsertSpace={false} danger aria-label={`${t('admin.users.deactivate')} ${user.username}`}>
                        {t('admin.users.deactivate')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button size="small" autoInsertSpace={false} aria-label={`${t('admin.users.reactivate')} ${user.username}`} onClick={() => setActive(user, true)}>
                      {t('admin.users.reactivate')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <UserFormModal
        open={form.open}
        editing={form.editing}
        onClose={(saved) => {
          const wasEditing = form.editing;
          setForm({ open: false, editing: null });
          if (saved) setOutcome(t(wasEditing ? 'admin.users.saved' : 'admin.users.created', { username: saved.username }));
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={(saved) => {
          setResetting(null);
          if (saved) setOutcome(t('admin.users.passwordReset', { username: saved.username }));
        }}
      />
    </div>
  );
}
