import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from '@web/data/kpi/keys';
import { fileBody, importAnswer } from '@web/data/imports/upload-file';
import { communityKeys } from './keys';
import type { ListImportResult, NewHomeModification, NewSmartTerminal } from './types';

/** After a change, the list and every KPI query (the indicators read these records) are refetched. */
function useRefresh(list: readonly string[]) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: list }), queryClient.invalidateQueries({ queryKey: kpiKeys.all })]);
}

export function useCreateModificationMutation() {
  const refresh = useRefresh(communityKeys.modifications);
  return useMutation({ mutationFn: (body: NewHomeModification) => unwrap(api.POST('/api/v1/home-modifications', { body })), onSuccess: refresh });
}

export function useCompleteModificationMutation() {
  const refresh = useRefresh(communityKeys.modifications);
  return useMutation({
    mutationFn: ({ id, on }: { id: string; on: string }) => unwrap(api.POST('/api/v1/home-modifications/{id}/complete', { params: { path: { id } }, body: { on } })),
    onSuccess: refresh,
  });
}

export function useImportModificationsMutation() {
  const refresh = useRefresh(communityKeys.modifications);
  return useMutation({ mutationFn: (file: File) => importAnswer<ListImportResult>(api.POST('/api/v1/home-modifications/import', fileBody(file))), onSuccess: refresh });
}

export function useCreateTerminalMutation() {
  const refresh = useRefresh(communityKeys.terminals);
  return useMutation({ mutationFn: (body: NewSmartTerminal) => unwrap(api.POST('/api/v1/smart-terminals', { body })), onSuccess: refresh });
}

export function useRemoveTerminalMutation() {
  const refresh = useRefresh(communityKeys.terminals);
  return useMutation({
    mutationFn: ({ id, on }: { id: string; on: string }) => unwrap(api.POST('/api/v1/smart-terminals/{id}/remove', { params: { path: { id } }, body: { on } })),
    onSuccess: refresh,
  });
}

export function useImportTerminalsMutation() {
  const refresh = useRefresh(communityKeys.terminals);
  return useMutation({ mutationFn: (file: File) => importAnswer<ListImportResult>(api.POST('/api/v1/smart-terminals/import', fileBody(file))), onSuccess: refresh });
}
