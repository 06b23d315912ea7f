import { useMutation } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { attachmentName } from '@web/lib/attachment-name';
import { saveBlob } from '@web/lib/save-blob';

// GET …/beds/import-template.csv comes with branch wp-server; until its types are generated the call is typed here.
type Get = (path: string, init: { params: { path: { id: string } }; parseAs: 'blob' }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The API's own template of a bed file (the columns it reads, two example rows), fetched with the token and saved. */
export function useImportTemplateMutation(facilityId: string) {
  return useMutation({
    mutationFn: async () => {
      const call = (api.GET as unknown as Get)('/api/v1/facilities/{id}/beds/import-template.csv', { params: { path: { id: facilityId } }, parseAs: 'blob' });
      const blob = await unwrap(call);
      const { response } = await call;
      const name = attachmentName(response.headers.get('Content-Disposition'), 'beds-template.csv');
      saveBlob(blob as Blob, name);
      return name;
    },
  });
}
