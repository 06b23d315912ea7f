import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import type { components } from '@web/api/schema';
import { kpiKeys } from '@web/data/kpi/keys';
import { residentKeys } from './keys';

export type CareAgreement = components['schemas']['CareAgreementDto'];
export type NewCareAgreement = components['schemas']['CareAgreementInputDto'];

const agreementsKey = (id: string) => [...residentKeys.one(id), 'care-agreements'] as const;

/** 委托照料服务协议 of a 特困 person, latest signed first (phones masked). */
export const careAgreementsQuery = (id: string) => ({
  queryKey: agreementsKey(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/residents/{id}/care-agreements', { params: { path: { id } }, signal })),
});

function useRefresh(residentId: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: agreementsKey(residentId) }), queryClient.invalidateQueries({ queryKey: kpiKeys.all })]);
}

export function useCreateCareAgreementMutation(residentId: string) {
  const refresh = useRefresh(residentId);
  return useMutation({
    mutationFn: (body: NewCareAgreement) => unwrap(api.POST('/api/v1/residents/{id}/care-agreements', { params: { path: { id: residentId } }, body })),
    onSuccess: refresh,
  });
}

export function useEndCareAgreementMutation(residentId: string) {
  const refresh = useRefresh(residentId);
  return useMutation({
    mutationFn: ({ agreementId, on }: { agreementId: string; on: string }) =>
      unwrap(api.POST('/api/v1/residents/{id}/care-agreements/{agreementId}/end', { params: { path: { id: residentId, agreementId } }, body: { on } })),
    onSuccess: refresh,
  });
}
