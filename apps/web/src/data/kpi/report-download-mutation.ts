import { useMutation } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { attachmentName } from '@web/lib/attachment-name';
import { saveBlob } from '@web/lib/save-blob';

/**
 * The monthly XLSX report. A plain link cannot carry the bearer token, so the file is fetched through the client
 * (token attached, errors unwrapped as for any request) and handed to the browser as a download.
 */
export function useReportDownloadMutation() {
  return useMutation({
    mutationFn: async ({ regionCode, month }: { regionCode: string; month: string }) => {
      const call = api.GET('/api/v1/kpi/report.xlsx', { params: { query: { regionCode, month } }, parseAs: 'blob' });
      // unwrap first: a dropped connection becomes a NetworkError, a refusal an ApiError; then the headers.
      const blob = await unwrap(call);
      const { response } = await call;
      const name = attachmentName(response.headers.get('Content-Disposition'), `kpi-${regionCode}-${month}.xlsx`);
      saveBlob(blob as Blob, name);
      return name;
    },
  });
}
