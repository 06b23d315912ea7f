import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';
import type { StarRatingInput } from './types';

/** Records a GB/T 37276 rating; the API derives the level, and the facility's star level changes from ratedOn. */
export function useAddStarRatingMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StarRatingInput) => unwrap(api.POST('/api/v1/facilities/{id}/star-ratings', { params: { path: { id } }, body })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: facilityKeys.starRatings(id) }), queryClient.invalidateQueries({ queryKey: facilityKeys.one(id) })]),
  });
}
