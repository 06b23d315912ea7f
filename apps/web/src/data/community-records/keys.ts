import type { ModificationFilters, TerminalFilters } from './types';

/** Query keys of the offices' community records: a change invalidates its list's keys and the KPI queries. */
export const communityKeys = {
  modifications: ['home-modifications'] as const,
  modificationList: (filters: ModificationFilters) => [...communityKeys.modifications, filters] as const,
  terminals: ['smart-terminals'] as const,
  terminalList: (filters: TerminalFilters) => [...communityKeys.terminals, filters] as const,
};
