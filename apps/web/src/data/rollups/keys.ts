export const rollupKeys = {
  all: ['rollups'] as const,
  list: (regionCode: string | null, month: string | null) => [...rollupKeys.all, 'list', regionCode ?? 'all', month ?? 'all'] as const,
  one: (id: string) => [...rollupKeys.all, 'one', id] as const,
};
