import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { serviceKeys } from './keys';

export type OrderAction = 'check-in' | 'complete' | 'no-show';

/** Checks a booking in, completes it, or marks it a no-show; the schedule reloads either way (someone may have been faster). */
export function useOrderActionMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orderId, action }: { orderId: string; action: OrderAction }) => {
      const params = { params: { path: { id: orderId } } };
      if (action === 'check-in') return unwrap(api.POST('/api/v1/service-orders/{id}/check-in', params));
      if (action === 'complete') return unwrap(api.POST('/api/v1/service-orders/{id}/complete', { ...params, body: {} }));
      return unwrap(api.POST('/api/v1/service-orders/{id}/no-show', params));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: serviceKeys.schedules(facilityId) }),
  });
}
