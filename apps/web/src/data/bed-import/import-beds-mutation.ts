import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from '@web/data/facilities/keys';
import type { ImportJob } from './types';

/** A short file is imported at once (201, the counts); a long one by a job to poll (202, its status resource). */
export type BedImportAnswer = { kind: 'done'; result: Record<string, unknown> } | { kind: 'job'; job: ImportJob };

// POST /facilities/:id/beds/import comes with branch wp-server; until its types are generated the call is typed here.
type Post = (path: string, init: { params: { path: { id: string } }; body: FormData }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Uploads a CSV or XLSX of beds (multipart field `file`). A refusal is a 400 whose details list the bad rows. */
export function useImportBedsMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<BedImportAnswer> => {
      const body = new FormData();
      body.append('file', file);
      const call = (api.POST as unknown as Post)('/api/v1/facilities/{id}/beds/import', { params: { path: { id: facilityId } }, body });
      const data = await unwrap(call);
      const { response } = await call;
      return response.status === 202 ? { kind: 'job', job: data as ImportJob } : { kind: 'done', result: (data ?? {}) as Record<string, unknown> };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.records(facilityId) }),
  });
}
