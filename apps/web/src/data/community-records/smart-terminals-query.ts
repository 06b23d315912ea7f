import { keepPreviousData } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { communityKeys } from './keys';
import type { TerminalFilters } from './types';

/** 智慧养老终端: a page of the caller's region's terminals. */
export const smartTerminalsQuery = (filters: TerminalFilters) => ({
  queryKey: communityKeys.terminalList(filters),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/smart-terminals', { params: { query: filters }, signal })),
  placeholderData: keepPreviousData,
});
