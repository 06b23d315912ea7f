/**
 * What a bed import came to, whichever way the API answered: 201 with the counts (a short file), 202 with a job to
 * poll (a long one, GET /imports/:id), or a refusal listing the bad rows — a 400's `details` or a failed job's
 * `errors`, both `[{ line, field, message }]` with the header as line 1.
 */
export interface RejectedRow {
  line: number;
  field: string;
  message: string;
}

/** The rows a refusal names, in line order; anything not shaped like a row problem is left out. */
export function rejectedRows(details: unknown): RejectedRow[] {
  if (!Array.isArray(details)) return [];
  return details
    .flatMap((item: unknown) => {
      if (!item || typeof item !== 'object') return [];
      const { line, row, field, message, messages } = item as Record<string, unknown>;
      const at = typeof line === 'number' ? line : typeof row === 'number' ? row : null;
      if (at === null) return [];
      const texts = Array.isArray(messages) ? messages : [message];
      return texts.filter((text): text is string => typeof text === 'string').map((text) => ({ line: at, field: typeof field === 'string' ? field : '', message: text }));
    })
    .sort((a, b) => a.line - b.line);
}

/** A job's 0–1 progress as a whole percentage for the bar (never 100 before the job says it is done). */
export function progressPercent(progress: number, finished: boolean): number {
  if (finished) return 100;
  return Math.min(99, Math.max(0, Math.floor(progress * 100)));
}
