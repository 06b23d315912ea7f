import type { Attainment, Indicator, IndicatorSource } from '@web/data/kpi/types';

/** The board's sections, in the order an officer reads them. */
export const THEMES = ['beds', 'facilities', 'community', 'support', 'people'] as const;
export type IndicatorTheme = (typeof THEMES)[number];

/**
 * An indicator's theme is the records it is counted from (kpi-sources.sql.ts): beds → 床位, facilities and medical
 * cooperation → 机构与设施, townships, villages, the service circle, service orders and home modifications → 居家社区服务, 特困 persons → 特困供养, staff, the visit
 * roster, trainings and community social workers → 人员与探访; building works (beds commissioned, projects completed) → 机构与设施.
 */
const THEME_OF_SOURCE: Record<IndicatorSource, IndicatorTheme> = {
  beds: 'beds',
  facilities: 'facilities',
  medical: 'facilities',
  townships: 'community',
  villages: 'community',
  orders: 'community',
  modifications: 'community',
  circle: 'community',
  tekun: 'support',
  staff: 'people',
  roster: 'people',
  trainings: 'people',
  social_workers: 'people',
  works: 'facilities',
};

export function themeOf(source: IndicatorSource): IndicatorTheme {
  return THEME_OF_SOURCE[source];
}

export interface ThemeGroup<T> {
  theme: IndicatorTheme;
  items: T[];
}

/** The overview's items by theme, each in the API's order; themes without items are left out. */
export function groupByTheme<T extends Pick<Attainment, 'indicator'>>(items: readonly T[], catalog: readonly Pick<Indicator, 'id' | 'source'>[]): ThemeGroup<T>[] {
  const sourceOf = new Map(catalog.map((indicator) => [indicator.id, indicator.source]));
  const groups = new Map<IndicatorTheme, T[]>(THEMES.map((theme) => [theme, []]));
  for (const item of items) {
    const source = sourceOf.get(item.indicator);
    // An indicator the catalog does not (yet) know still shows, with the institutions.
    groups.get(source ? themeOf(source) : 'facilities')!.push(item);
  }
  return THEMES.map((theme) => ({ theme, items: groups.get(theme)! })).filter((group) => group.items.length > 0);
}
