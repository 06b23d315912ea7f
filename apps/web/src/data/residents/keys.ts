import type { ResidentFilters } from './types';

/** Query keys of older people: registering one invalidates `residentKeys.lists()`; a record's parts hang under `one(id)`. */
export const residentKeys = {
  all: ['residents'] as const,
  lists: () => [...residentKeys.all, 'list'] as const,
  list: (filters: ResidentFilters) => [...residentKeys.lists(), filters] as const,
  one: (id: string) => [...residentKeys.all, 'one', id] as const,
  stays: (id: string) => [...residentKeys.one(id), 'stays'] as const,
  visits: (id: string) => [...residentKeys.one(id), 'visits'] as const,
  orders: (id: string) => [...residentKeys.one(id), 'orders'] as const,
};
