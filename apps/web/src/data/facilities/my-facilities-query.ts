import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/**
 * The facilities the person may run or oversee, for the facility switcher. An operator has a handful; an office sees
 * its whole subtree, so the switcher searches past the first page (`q`) instead of listing thousands.
 */
export const myFacilitiesQuery = () => ({
  queryKey: facilityKeys.mine(),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/facilities', { params: { query: { limit: 100 } }, signal })),
  staleTime: 5 * 60_000,
});
