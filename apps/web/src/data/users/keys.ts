import type { UserFilters } from './types';

/** Query keys of accounts: a saved change invalidates `userKeys.all`, lists and records alike. */
export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => [...userKeys.all, 'list', filters] as const,
};
