import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { facilityKeys } from '@web/data/facilities/keys';
import { fileBody, importAnswer } from '@web/data/imports/upload-file';
import type { BedImportResult } from './types';

/** Uploads a CSV or XLSX of beds (multipart field `file`). A refusal is a 400 whose details list the bad rows. */
export function useImportBedsMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importAnswer<BedImportResult>(api.POST('/api/v1/facilities/{id}/beds/import', { params: { path: { id: facilityId } }, ...fileBody(file) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.records(facilityId) }),
  });
}
