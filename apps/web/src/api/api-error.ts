import type { components } from './schema';

/** The API's error body: `{ statusCode, error, message, details?, requestId }`. */
export type ApiErrorBody = components['schemas'] extends { ApiError: infer E } ? E : { statusCode: number; error: string; message: string; details?: unknown; requestId?: string };

export interface FieldProblem {
  field: string;
  message: string;
}

/** What a failed request threw: the status, the body when the API sent one, and the field problems it named. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get requestId(): string | undefined {
    return this.body?.requestId ?? undefined;
  }

  /** Field-level problems from a 400/422: `details` as `[{ field, message }]` or `{ field: [messages] }`. */
  get fieldProblems(): FieldProblem[] {
    return fieldProblems(this.body?.details);
  }
}

/** A request that never got an answer (offline, DNS, the server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

export function fieldProblems(details: unknown): FieldProblem[] {
  if (Array.isArray(details)) {
    return details.flatMap((item) => {
      if (item && typeof item === 'object' && 'field' in item) {
        const { field, message, messages } = item as { field: unknown; message?: unknown; messages?: unknown };
        const texts = Array.isArray(messages) ? messages : [message];
        return texts.filter((text) => typeof text === 'string').map((text) => ({ field: String(field), message: text as string }));
      }
      return [];
    });
  }
  if (details && typeof details === 'object') {
    return Object.entries(details as Record<string, unknown>).flatMap(([field, value]) =>
      (Array.isArray(value) ? value : [value]).filter((text) => typeof text === 'string').map((text) => ({ field, message: text as string })),
    );
  }
  return [];
}

/**
 * openapi-fetch answers `{ data, error, response }`; queries want data or a throw. Every query and mutation goes
 * through here, so an error always reaches the page as an ApiError or a NetworkError.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!result.response.ok) {
    const body = result.error && typeof result.error === 'object' && 'statusCode' in result.error ? (result.error as ApiErrorBody) : null;
    throw new ApiError(result.response.status, body);
  }
  return result.data as T;
}
