export const regionKeys = {
  all: ['regions'] as const,
  one: (code: string) => [...regionKeys.all, 'one', code] as const,
  children: (parentCode: string) => [...regionKeys.all, 'children', parentCode] as const,
  roots: () => [...regionKeys.all, 'roots'] as const,
  search: (q: string, within: string | null) => [...regionKeys.all, 'search', q, within ?? 'all'] as const,
  population: (code: string, year: number, basis: string) => [...regionKeys.all, 'population', code, year, basis] as const,
  populationAll: () => [...regionKeys.all, 'population'] as const,
};
