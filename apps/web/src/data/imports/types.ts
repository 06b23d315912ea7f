import type { components } from '@web/api/schema';

export type ImportJob = components['schemas']['ImportJobDto'];

/** A short file is imported at once (201, its counts); a long one by a job to poll (202, its status resource). */
export type ImportAnswer<R> = { kind: 'done'; result: R } | { kind: 'job'; job: ImportJob };
