import { unwrap } from '@web/api/api-error';
import type { ImportAnswer, ImportJob } from './types';

/**
 * The request options that send a File as the multipart field `file`. The document types the binary part as a
 * string; the browser sends the File itself.
 */
export function fileBody(file: File) {
  return {
    body: { file: file as unknown as string },
    bodySerializer: (body: { file: string }) => {
      const form = new FormData();
      form.append('file', body.file as unknown as File);
      return form;
    },
  };
}

/** What an import endpoint answered: the counts (201), or the job that imports a long file (202). */
export async function importAnswer<R>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<ImportAnswer<R>> {
  const data = await unwrap(call);
  const { response } = await call;
  return response.status === 202 ? { kind: 'job', job: data as ImportJob } : { kind: 'done', result: data as R };
}
