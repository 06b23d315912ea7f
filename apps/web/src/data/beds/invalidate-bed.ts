import type { QueryClient } from '@tanstack/react-query';
import { bedKeys } from './keys';

/** After any write to a bed or its stays: the facility's boards (every date) and the bed's own queries. */
export function invalidateBed(queryClient: QueryClient, facilityId: string, bedId?: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: bedKeys.boards(facilityId) }),
    bedId ? queryClient.invalidateQueries({ queryKey: bedKeys.bed(bedId) }) : undefined,
  ]).then(() => undefined);
}
