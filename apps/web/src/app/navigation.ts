import type { ReactNode } from 'react';
import type { Role } from '@web/modules/auth/utils/session-store';

export type NavGroup = 'homes' | 'admin';

export interface NavItem {
  /** The route, also the menu key. `/facility/<page>` opens that page of the person's current facility. */
  path: string;
  /** i18n key of the label. */
  label: string;
  roles: readonly Role[];
  /** In a long menu (the administrator's), the items of a group share one submenu, so that the menu fits one row. */
  group?: NavGroup;
}

const OFFICES: readonly Role[] = ['admin', 'civil_affairs'];
/** Who runs a home: its operators, and administrators standing in for them. */
const HOMES: readonly Role[] = ['operator', 'admin'];
const FAMILY: readonly Role[] = ['family'];
const ADMIN: readonly Role[] = ['admin'];

/**
 * What each role may open. The menu shows a person only these, and the routes refuse the rest. The API checks again
 * on every request: hiding an item is for clarity, not security.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/kpi', label: 'nav.kpi', roles: OFFICES },
  { path: '/targets', label: 'nav.targets', roles: OFFICES },
  // 情景推演: what a decision would do to the indicators, before it is funded.
  { path: '/scenarios', label: 'nav.scenarios', roles: OFFICES },
  { path: '/rollups', label: 'nav.rollups', roles: OFFICES },
  { path: '/workforce', label: 'nav.workforce', roles: OFFICES },
  { path: '/community-records', label: 'nav.communityRecords', roles: OFFICES },
  // 医养结合: medical institutions, consortia and their list import (the agreements are on each facility's profile).
  { path: '/medical', label: 'nav.medical', roles: OFFICES },
  // 选址建议: where new community facilities bring the most older people into a service circle.
  { path: '/siting', label: 'nav.siting', roles: OFFICES },
  { path: '/facility/beds', label: 'nav.beds', roles: HOMES, group: 'homes' },
  // Officers open people of their region too: they record 特困 people's entrusted-care agreements there (the API's OFFICIALS).
  { path: '/residents', label: 'nav.residents', roles: [...HOMES, 'civil_affairs'], group: 'homes' },
  { path: '/assessments', label: 'nav.assessments', roles: [...HOMES, 'assessor'], group: 'homes' },
  { path: '/facility/waitlist', label: 'nav.waitlist', roles: HOMES, group: 'homes' },
  { path: '/facility/services', label: 'nav.services', roles: HOMES, group: 'homes' },
  // Officers record inspections and star ratings there (the API's OFFICIALS); the home's other pages stay the home's.
  { path: '/facility/profile', label: 'nav.facility', roles: [...HOMES, 'civil_affairs'], group: 'homes' },
  // Families: their relatives first, then booking, orders, the month's bill and the waiting list.
  { path: '/family', label: 'nav.family', roles: FAMILY },
  { path: '/family/book', label: 'nav.book', roles: FAMILY },
  { path: '/family/orders', label: 'nav.orders', roles: FAMILY },
  { path: '/family/statement', label: 'nav.statement', roles: FAMILY },
  { path: '/family/waitlist', label: 'nav.familyWaitlist', roles: FAMILY },
  // The administrator's console.
  { path: '/admin/users', label: 'nav.users', roles: ADMIN, group: 'admin' },
  { path: '/admin/regions', label: 'nav.regions', roles: ADMIN, group: 'admin' },
  { path: '/admin/jobs', label: 'nav.jobs', roles: ADMIN, group: 'admin' },
  { path: '/admin/audit', label: 'nav.audit', roles: ADMIN, group: 'admin' },
];

/** Administrators see the offices' pages first; the homes' pages follow in their menu. */
export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

/** What the 适老化 mode keeps: the relative's news, booking and orders (the bill and the waiting list stay a tap away by URL). */
const ELDER_PATHS: readonly string[] = ['/family', '/family/book', '/family/orders'];

/** The menu (and a family's tab bar) of a role, simplified in 适老化 mode to booking, orders and the relative's news. */
export function navForMode(role: Role, elder: boolean): NavItem[] {
  const items = navFor(role);
  return elder && role === 'family' ? items.filter((item) => ELDER_PATHS.includes(item.path)) : items;
}

/** `/facilities/<id>/beds/…` is the menu's `/facility/beds`: the page of whichever facility is current. */
export function menuPath(pathname: string): string {
  return pathname.replace(/^\/facilities\/[^/]+(?=\/|$)/, '/facility');
}

export function mayOpen(role: Role, path: string): boolean {
  const menu = menuPath(path);
  const item = NAV_ITEMS.find((candidate) => menu === candidate.path || menu.startsWith(`${candidate.path}/`));
  return !item || item.roles.includes(role);
}

/** Where a person lands after signing in: their first page, or the home page when their pages are still to come. */
export function homeFor(role: Role): string {
  return navFor(role)[0]?.path ?? '/home';
}

/** A `next` parameter is followed only to a path of this app, never to another site. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/api') ? next : null;
}

export interface MenuEntry {
  key: string;
  label: ReactNode;
  children?: MenuEntry[];
}

/**
 * Up to this many items a menu stays flat; a longer one folds its groups into submenus. An officer's ten (the
 * planning pages of issue 19 included) stay flat: their labels are short, and the pages of a home they open are two.
 */
const FLAT_MENU_ITEMS = 10;

/** The menu's entries: each item as a link; in a long menu, each group folded into one submenu where its first item stands. */
export function menuItems(items: readonly NavItem[], link: (item: NavItem) => ReactNode, groupLabels: Record<NavGroup, string>): MenuEntry[] {
  const entries: MenuEntry[] = [];
  const flat = items.length <= FLAT_MENU_ITEMS;
  for (const item of items) {
    const entry = { key: item.path, label: link(item) };
    if (flat || !item.group) {
      entries.push(entry);
      continue;
    }
    const key = `group:${item.group}`;
    const group = entries.find((candidate) => candidate.key === key);
    if (group) group.children!.push(entry);
    else entries.push({ key, label: groupLabels[item.group], children: [entry] });
  }
  return entries;
}
