import { keepPreviousData } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { communityKeys } from './keys';
import type { ModificationFilters } from './types';

/** 适老化改造: a page of the caller's region's home modifications, latest application first. */
export const homeModificationsQuery = (filters: ModificationFilters) => ({
  queryKey: communityKeys.modificationList(filters),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/home-modifications', { params: { query: filters }, signal })),
  placeholderData: keepPreviousData,
});
