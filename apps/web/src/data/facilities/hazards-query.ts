import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** 安全隐患, latest found first: all of them, or the open or the rectified ones. */
export const hazardsQuery = (id: string, status?: 'open' | 'rectified') => ({
  queryKey: [...facilityKeys.hazards(id), status ?? 'all'] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/facilities/{id}/hazards', { params: { path: { id }, query: { status } }, signal })),
  staleTime: 60_000,
});
