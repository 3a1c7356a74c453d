// Typed fetch client for the Kepu HTTP API: JSON in and out, cookies included, error bodies thrown as ApiError.

/** An error the API answered with (`{ error: { code, message, details } }`), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | undefined | null>;

/** Builds `/api/...?a=1` leaving out empty query values. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/** A response's JSON body, or its error envelope thrown as an ApiError. */
export async function readResponse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let data: unknown;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const error = (
      data as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | undefined
    )?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `http.${response.status}`,
      error?.message ?? response.statusText,
      error?.details ?? {},
    );
  }
  return data as T;
}

/** Sends a request with a ready body (JSON text, CSV, a workbook, form data); a network failure is an ApiError. */
export async function send<T>(
  method: string,
  url: string,
  body?: BodyInit,
  contentType?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'include',
      headers: contentType
        ? { accept: 'application/json', 'content-type': contentType }
        : { accept: 'application/json' },
      body,
    });
  } catch (cause) {
    throw new ApiError(0, 'network.unreachable', cause instanceof Error ? cause.message : String(cause));
  }
  return readResponse<T>(response);
}

function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  return body === undefined
    ? send<T>(method, apiUrl(path, query))
    : send<T>(method, apiUrl(path, query), JSON.stringify(body), 'application/json');
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
