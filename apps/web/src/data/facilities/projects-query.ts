import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** 建设项目 (提升改造, 消防改造…), latest started first. */
export const projectsQuery = (id: string) => ({
  queryKey: facilityKeys.projects(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/facilities/{id}/projects', { params: { path: { id } }, signal })),
  staleTime: 60_000,
});
