import { AccountBookOutlined, CalendarOutlined, HourglassOutlined, LogoutOutlined, MenuOutlined, ProfileOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Grid, Layout } from 'antd';
import { Suspense, lazy, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { queryClient } from '@web/app/query-client';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { sessionStore } from '@web/modules/auth/utils/session-store';
import { FacilitySwitcher } from '@web/modules/facilities/components/facility-switcher';
import { ElderModeSwitch } from '@web/ui/elder-mode-switch';
import { LanguageSwitch } from '@web/ui/language-switch';
import { useElderMode } from './elder-mode';
import { mayOpen, menuItems, menuPath, navFor, navForMode, type NavItem } from './navigation';
import { OfflineBanner } from './offline-banner';
import './phone-frame.css';

/** The family's tab bar icons, by page. */
const TAB_ICONS: Record<string, ReactNode> = {
  '/family': <TeamOutlined aria-hidden />,
  '/family/book': <CalendarOutlined aria-hidden />,
  '/family/orders': <ProfileOutlined aria-hidden />,
  '/family/statement': <AccountBookOutlined aria-hidden />,
  '/family/waitlist': <HourglassOutlined aria-hidden />,
};

// The menu (antd Menu, with its overflow, popups and motion: ~25 KB gzip) and its drawer come after the first paint, in
// their own chunk: a family on a phone, whose tab bar is plain links, never loads them.
const AppMenu = lazy(() => import('./app-menu').then((module) => ({ default: module.AppMenu })));
const MenuDrawer = lazy(() => import('./app-menu').then((module) => ({ default: module.MenuDrawer })));

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
  const elder = useElderMode();
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  const { user } = session;
  const nav = navForMode(user.role, elder.on);
  const items = menuItems(nav, (item) => <Link to={item.path}>{t(item.label)}</Link>, { homes: t('nav.homes'), admin: t('nav.admin') });
  const current = menuPath(location.pathname);
  // The deepest of the role's pages that holds this one (on /family/book, 预约 and not 我的家人 too), if the menu shows it.
  const holder = navFor(user.role)
    .filter((item) => current === item.path || current.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const selected = holder && nav.includes(holder) ? [holder.path] : [];
  const family = user.role === 'family';
  // A family on a phone has a tab bar at the bottom instead of the burger and drawer.
  const tabBar = family && !screens.md;
  const signOut = () => {
    sessionStore.end('signed-out');
    queryClient.clear();
  };
  return (
    <Layout className="app">
      <Layout.Header className="app-header">
        {!screens.lg && !tabBar && items.length > 0 && (
          <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.home')} onClick={() => setDrawerOpen(true)} className="app-header__burger" />
        )}
        <Link to="/" className="app-header__brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.home')} className="app-header__nav">
          {screens.lg ? (
            <Suspense fallback={null}>
              <AppMenu mode="horizontal" items={items} selected={selected} />
            </Suspense>
          ) : null}
        </nav>
        <FacilitySwitcher />
        {/* Plain elements: antd's Typography would bring its editing and copying (TextArea, Tooltip) into every page. */}
        <div className="app-header__user">
          <span className="app-header__who">
            {user.displayName} · {t(`role.${user.role}`)}
          </span>
          {family && <ElderModeSwitch showLabel={Boolean(screens.sm)} />}
          <LanguageSwitch />
          <Button type="text" icon={<LogoutOutlined aria-hidden />} onClick={signOut} aria-label={t('nav.signOut')} title={`${t('nav.signOut')} · ${user.displayName}`}>
            {screens.xl ? t('nav.signOut') : null}
          </Button>
        </div>
      </Layout.Header>
      {drawerOpen && (
        <Suspense fallback={null}>
          <MenuDrawer title={t('app.name')} items={items} selected={selected} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
      <OfflineBanner />
      <Layout.Content className={tabBar ? 'app-content app-content--tabbed' : 'app-content'}>
        {mayOpen(user.role, location.pathname) ? <Outlet /> : <Navigate to="/" replace />}
      </Layout.Content>
      {tabBar && <TabBar items={nav} selected={selected[0]} />}
    </Layout>
  );
}

/** The family's pages as a bottom tab bar on a phone: thumb-reachable, each target at least 44 px, the current one marked. */
function TabBar({ items, selected }: { items: NavItem[]; selected: string | undefined }) {
  const { t } = useTranslation();
  return (
    <nav className="tab-bar" aria-label={t('familyAccount.frame.tabs')}>
      {items.map((item) => (
        <Link key={item.path} to={item.path} className="tab-bar__item" aria-current={item.path === selected ? 'page' : undefined}>
          <span className="tab-bar__icon">{TAB_ICONS[item.path]}</span>
          <span className="tab-bar__label">{t(item.label)}</span>
        </Link>
      ))}
    </nav>
  );
}
