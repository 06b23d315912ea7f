import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { scenarioKeys } from './keys';
import type { ScenarioDraft } from './types';

export function useSaveScenarioMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScenarioDraft & { name: string }) => unwrap(api.POST('/api/v1/kpi/scenarios', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scenarioKeys.all }),
  });
}

export function useDeleteScenarioMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/kpi/scenarios/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scenarioKeys.all }),
  });
}
