import { useMutation } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { attachmentName } from '@web/lib/attachment-name';
import { saveBlob } from '@web/lib/save-blob';
import type { AuditFilter } from './types';

/** The filtered log as CSV (UTF-8 with BOM for Excel), fetched with the token and saved as a download. */
export function useAuditCsvMutation() {
  return useMutation({
    mutationFn: async (filter: AuditFilter) => {
      const call = api.GET('/api/v1/audit-log.csv', { params: { query: filter }, parseAs: 'blob' });
      const blob = await unwrap(call);
      const { response } = await call;
      const name = attachmentName(response.headers.get('Content-Disposition'), 'audit-log.csv');
      saveBlob(blob as Blob, name);
      return name;
    },
  });
}
