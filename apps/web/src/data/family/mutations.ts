import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { familyKeys } from './keys';

/**
 * Books with the confirmation's Idempotency-Key: the same key sent twice (a double tap, a retry after the connection
 * dropped) gets the one order back. The slots and orders reload either way (a place may have gone meanwhile).
 */
export function useBookMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ residentId, slotId, key }: { residentId: string; slotId: string; key: string }) =>
      unwrap(api.POST('/api/v1/service-orders', { params: { header: { 'Idempotency-Key': key } }, body: { residentId, slotId } })),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: familyKeys.slots() }), queryClient.invalidateQueries({ queryKey: familyKeys.orders() })]),
  });
}

export function useCancelOrderMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (orderId: string) => unwrap(api.POST('/api/v1/service-orders/{id}/cancel', { params: { path: { id: orderId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: familyKeys.orders() }),
  });
}

export function useRateOrderMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orderId, rating }: { orderId: string; rating: number }) => unwrap(api.POST('/api/v1/service-orders/{id}/rate', { params: { path: { id: orderId } }, body: { rating } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: familyKeys.orders() }),
  });
}
