import { filtersFromSearch, searchFromFilters } from './list-filters';

describe('the residents list’s filters in the address', () => {
  it('reads a search, a known category and a page', () => {
    expect(filtersFromSearch(new URLSearchParams('q=%E5%BC%A0&category=tekun&page=3'))).toEqual({ q: '张', category: 'tekun', page: 3, pageSize: 20 });
  });

  it('drops an unknown category, a blank search and a nonsense page', () => {
    expect(filtersFromSearch(new URLSearchParams('q=%20&category=rich&page=-2'))).toEqual({ q: undefined, category: undefined, page: 1, pageSize: 20 });
  });

  it('writes only what differs from the defaults', () => {
    expect(searchFromFilters({ q: '张', category: undefined, page: 1 }).toString()).toBe('q=%E5%BC%A0');
    expect(searchFromFilters({ q: undefined, category: 'dibao', page: 2 }).toString()).toBe('category=dibao&page=2');
  });
});
