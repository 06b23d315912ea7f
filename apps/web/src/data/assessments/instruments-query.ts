import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { assessmentKeys } from './keys';

/** The instruments (GB/T 42195-2022, Barthel, MZ/T 039): items, allowed scores, bands and rules — data, not code. */
export const instrumentsQuery = () => ({
  queryKey: assessmentKeys.instruments(),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/assessment-instruments', { signal })),
  staleTime: 60 * 60_000,
});
