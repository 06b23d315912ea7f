import { homeFor, mayOpen, navFor, safeNext } from './navigation';

describe('navigation by role', () => {
  it('shows officers and administrators the indicator workspace, and the other roles none of it', () => {
    expect(navFor('civil_affairs').map((item) => item.path)).toEqual(['/kpi', '/targets', '/rollups']);
    expect(navFor('admin').map((item) => item.path)).toEqual(['/kpi', '/targets', '/rollups']);
    for (const role of ['operator', 'assessor', 'family'] as const) expect(navFor(role)).toEqual([]);
  });

  it('refuses a role the pages under a menu item it may not open', () => {
    expect(mayOpen('family', '/kpi/care_bed_ratio')).toBe(false);
    expect(mayOpen('civil_affairs', '/kpi/care_bed_ratio')).toBe(true);
    expect(mayOpen('family', '/kpix')).toBe(true);
    expect(mayOpen('operator', '/home')).toBe(true);
  });

  it('lands each role on its first page', () => {
    expect(homeFor('civil_affairs')).toBe('/kpi');
    expect(homeFor('family')).toBe('/home');
  });

  it('follows a next parameter only within the app', () => {
    expect(safeNext('/kpi?region=500112000000')).toBe('/kpi?region=500112000000');
    expect(safeNext('//evil.example/x')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('/api/v1/users')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
