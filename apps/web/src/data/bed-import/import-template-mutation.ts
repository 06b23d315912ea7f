import { useMutation } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { attachmentName } from '@web/lib/attachment-name';
import { saveBlob } from '@web/lib/save-blob';

/** The API's own template of a bed file (the columns it reads, two example rows), fetched with the token and saved. */
export function useImportTemplateMutation(facilityId: string) {
  return useMutation({
    mutationFn: async () => {
      const call = api.GET('/api/v1/facilities/{id}/beds/import-template.csv', { params: { path: { id: facilityId } }, parseAs: 'blob' });
      const blob = await unwrap(call);
      const { response } = await call;
      const name = attachmentName(response.headers.get('Content-Disposition'), 'beds-template.csv');
      saveBlob(blob as Blob, name);
      return name;
    },
  });
}
