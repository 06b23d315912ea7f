import { searchFromUserFilters, userFiltersFromSearch } from './user-filters';

describe('the users list filters in the address', () => {
  it('reads every filter back from the address it wrote', () => {
    const filters = { q: 'wang', role: 'operator', active: false, facilityId: '4f6d1a52-0000-4000-8000-00000000000a', page: 3, limit: 20 } as const;
    expect(userFiltersFromSearch(searchFromUserFilters(filters))).toEqual(filters);
  });

  it('drops nonsense instead of sending it to the API', () => {
    expect(userFiltersFromSearch(new URLSearchParams('role=superuser&active=maybe&facilityId=x&page=-2&q=%20%20'))).toEqual({ page: 1, limit: 20 });
  });

  it('leaves the defaults out of the address', () => {
    expect(searchFromUserFilters({ page: 1, limit: 20 }).toString()).toBe('');
  });
});
