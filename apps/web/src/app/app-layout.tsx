import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { queryClient } from '@web/app/query-client';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { sessionStore } from '@web/modules/auth/utils/session-store';
import { FacilitySwitcher } from '@web/modules/facilities/components/facility-switcher';
import { LanguageSwitch } from '@web/ui/language-switch';
import { mayOpen, menuPath, navFor } from './navigation';

/**
 * The frame of every signed-in page: the menu of what the person's role may use, who is signed in, the language
 * switch and sign-out. Signed out (or the token expired), it sends the person to sign in and remembers the page.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  const { user } = session;
  const items = navFor(user.role).map((item) => ({ key: item.path, label: <Link to={item.path}>{t(item.label)}</Link> }));
  const current = menuPath(location.pathname);
  const selected = items.filter((item) => current === item.key || current.startsWith(`${item.key}/`)).map((item) => item.key);
  // No per-item tooltip: it is for a collapsed inline menu, which this never is, and costs a Tooltip per item on every page.
  const menu = (
    <Menu mode={screens.lg ? 'horizontal' : 'inline'} selectedKeys={selected} items={items} onClick={() => setDrawerOpen(false)} tooltip={false} className="app-menu" />
  );
  const signOut = () => {
    sessionStore.end('signed-out');
    queryClient.clear();
  };
  return (
    <Layout className="app">
      <Layout.Header className="app-header">
        {!screens.lg && items.length > 0 && (
          <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.home')} onClick={() => setDrawerOpen(true)} className="app-header__burger" />
        )}
        <Link to="/" className="app-header__brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.home')} className="app-header__nav">
          {screens.lg ? menu : null}
        </nav>
        <FacilitySwitcher />
        {/* Plain elements: antd's Typography would bring its editing and copying (TextArea, Tooltip) into every page. */}
        <div className="app-header__user">
          <span className="app-header__who">
            {user.displayName} · {t(`role.${user.role}`)}
          </span>
          <LanguageSwitch />
          <Button type="text" icon={<LogoutOutlined aria-hidden />} onClick={signOut} aria-label={t('nav.signOut')} title={`${t('nav.signOut')} · ${user.displayName}`}>
            {screens.xl ? t('nav.signOut') : null}
          </Button>
        </div>
      </Layout.Header>
      <Drawer open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" title={t('app.name')} size={260}>
        {menu}
      </Drawer>
      <Layout.Content className="app-content">
        {mayOpen(user.role, location.pathname) ? <Outlet /> : <Navigate to="/" replace />}
      </Layout.Content>
    </Layout>
  );
}
