import type { QueryClient } from '@tanstack/react-query';
import { invalidateBed } from '@web/data/beds/invalidate-bed';
import { admissionKeys } from './keys';

/** After a stay changed: the facility's boards, the beds involved and their stays. */
export function invalidateStays(queryClient: QueryClient, facilityId: string, bedIds: readonly string[]): Promise<void> {
  return Promise.all([
    ...bedIds.map((bedId) => invalidateBed(queryClient, facilityId, bedId)),
    ...bedIds.map((bedId) => queryClient.invalidateQueries({ queryKey: admissionKeys.bedStays(bedId) })),
  ]).then(() => undefined);
}
