import { homeFor, mayOpen, menuItems, navFor, navForMode, safeNext } from './navigation';

const OFFICER_PATHS = ['/kpi', '/targets', '/scenarios', '/rollups', '/workforce', '/community-records', '/medical', '/siting', '/residents', '/facility/profile'];

describe('navigation by role', () => {
  it('shows officers and administrators the indicator workspace, and the other roles none of it', () => {
    expect(navFor('civil_affairs').map((item) => item.path)).toEqual(OFFICER_PATHS);
    expect(navFor('admin').map((item) => item.path).slice(0, 6)).toEqual(['/kpi', '/targets', '/scenarios', '/rollups', '/workforce', '/community-records']);
    expect(navFor('family').map((item) => item.path)).toEqual(['/family', '/family/book', '/family/orders', '/family/statement', '/family/waitlist']);
    expect(navFor('admin').map((item) => item.path).slice(-4)).toEqual(['/admin/users', '/admin/regions', '/admin/jobs', '/admin/audit']);
    expect(mayOpen('operator', '/admin/users')).toBe(false);
    expect(mayOpen('civil_affairs', '/family/orders')).toBe(false);
  });

  it('shows operators their home’s pages, and assessors the assessments', () => {
    expect(navFor('operator').map((item) => item.path)).toEqual([
      '/facility/beds',
      '/residents',
      '/assessments',
      '/facility/waitlist',
      '/facility/services',
      '/facility/profile',
    ]);
    expect(navFor('assessor').map((item) => item.path)).toEqual(['/assessments']);
    expect(mayOpen('operator', '/facilities/0b7c1d9e-0000-4000-8000-000000000001/beds')).toBe(true);
    expect(mayOpen('civil_affairs', '/facilities/0b7c1d9e-0000-4000-8000-000000000001/beds')).toBe(false);
    // …but the profile, where officers record the yearly inspection and the star rating.
    expect(mayOpen('civil_affairs', '/facilities/0b7c1d9e-0000-4000-8000-000000000001/profile')).toBe(true);
    expect(mayOpen('operator', '/kpi')).toBe(false);
  });

  it('refuses a role the pages under a menu item it may not open', () => {
    expect(mayOpen('family', '/kpi/care_bed_ratio')).toBe(false);
    expect(mayOpen('civil_affairs', '/kpi/care_bed_ratio')).toBe(true);
    expect(mayOpen('family', '/kpix')).toBe(true);
    expect(mayOpen('operator', '/home')).toBe(true);
  });

  it('lands each role on its first page', () => {
    expect(homeFor('civil_affairs')).toBe('/kpi');
    expect(homeFor('operator')).toBe('/facility/beds');
    expect(homeFor('family')).toBe('/family');
    expect(homeFor('admin')).toBe('/kpi');
  });

  it('follows a next parameter only within the app', () => {
    expect(safeNext('/kpi?region=500112000000')).toBe('/kpi?region=500112000000');
    expect(safeNext('//evil.example/x')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('/api/v1/users')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });

  it('keeps only the relative\'s news, booking and orders for a family in 适老化 mode, and every page otherwise', () => {
    expect(navForMode('family', true).map((item) => item.path)).toEqual(['/family', '/family/book', '/family/orders']);
    expect(navForMode('family', false)).toEqual(navFor('family'));
    // The mode is for families' pages: an officer who switches it on keeps their menu.
    expect(navForMode('civil_affairs', true)).toEqual(navFor('civil_affairs'));
  });
});

describe('the menu’s entries', () => {
  it('folds a long menu’s groups into submenus where their first item stands, and keeps a short one flat', () => {
    const labels = { homes: '机构业务', admin: '系统管理' };
    const entries = menuItems(navFor('admin'), (item) => item.path, labels);
    expect(entries.map((entry) => entry.key)).toEqual(['/kpi', '/targets', '/scenarios', '/rollups', '/workforce', '/community-records', '/medical', '/siting', 'group:homes', 'group:admin']);
    expect(entries.find((entry) => entry.key === 'group:homes')?.children?.map((child) => child.key)).toEqual([
      '/facility/beds', '/residents', '/assessments', '/facility/waitlist', '/facility/services', '/facility/profile',
    ]);
    expect(entries.at(-1)).toEqual({
      key: 'group:admin',
      label: '系统管理',
      children: ['/admin/users', '/admin/regions', '/admin/jobs', '/admin/audit'].map((path) => ({ key: path, label: path })),
    });
    // An officer's ten items (with 情景推演 and 选址建议) stay flat.
    expect(menuItems(navFor('civil_affairs'), (item) => item.path, labels).map((entry) => entry.key)).toEqual(OFFICER_PATHS);
    for (const role of ['operator', 'assessor', 'family'] as const) {
      expect(menuItems(navFor(role), (item) => item.path, labels).map((entry) => entry.key)).toEqual(navFor(role).map((item) => item.path));
    }
  });
});
