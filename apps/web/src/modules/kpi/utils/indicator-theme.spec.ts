import { groupByTheme, themeOf } from './indicator-theme';

describe('indicator themes', () => {
  it('reads the theme from the records an indicator is counted from', () => {
    expect(themeOf('beds')).toBe('beds');
    expect(themeOf('townships')).toBe('community');
    expect(themeOf('orders')).toBe('community');
    expect(themeOf('roster')).toBe('people');
    expect(themeOf('tekun')).toBe('support');
  });

  it('groups the overview in theme order, keeping the API order within a theme and dropping empty themes', () => {
    const catalog = [
      { id: 'visits', source: 'roster' as const },
      { id: 'care_beds', source: 'beds' as const },
      { id: 'homes', source: 'facilities' as const },
      { id: 'total_beds', source: 'beds' as const },
    ];
    const items = [{ indicator: 'visits' }, { indicator: 'care_beds' }, { indicator: 'homes' }, { indicator: 'total_beds' }, { indicator: 'unknown' }];
    expect(groupByTheme(items, catalog)).toEqual([
      { theme: 'beds', items: [{ indicator: 'care_beds' }, { indicator: 'total_beds' }] },
      { theme: 'facilities', items: [{ indicator: 'homes' }, { indicator: 'unknown' }] },
      { theme: 'people', items: [{ indicator: 'visits' }] },
    ]);
  });
});
