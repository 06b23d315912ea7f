import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from '@web/data/facilities/keys';
import type { BedImportResult, ImportJob } from './types';

/** A short file is imported at once (201, the counts); a long one by a job to poll (202, its status resource). */
export type BedImportAnswer = { kind: 'done'; result: BedImportResult } | { kind: 'job'; job: ImportJob };

/** Uploads a CSV or XLSX of beds (multipart field `file`). A refusal is a 400 whose details list the bad rows. */
export function useImportBedsMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<BedImportAnswer> => {
      const call = api.POST('/api/v1/facilities/{id}/beds/import', {
        params: { path: { id: facilityId } },
        // The document types the binary part as a string; the browser sends the File itself.
        body: { file: file as unknown as string },
        bodySerializer: (body) => {
          const form = new FormData();
          form.append('file', body.file as unknown as File);
          return form;
        },
      });
      const data = await unwrap(call);
      const { response } = await call;
      return response.status === 202 ? { kind: 'job', job: data as ImportJob } : { kind: 'done', result: data as BedImportResult };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.records(facilityId) }),
  });
}
