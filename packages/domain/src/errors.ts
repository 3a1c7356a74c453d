// Domain errors: a stable code, a human message, and details; no HTTP knowledge here.
export class DomainError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** The stable error codes other layers may rely on (and map to HTTP statuses in one place). */
export const errorCodes = {
  authRequired: 'auth.required',
  authForbidden: 'auth.forbidden',
  authInvalidCredentials: 'auth.invalid_credentials',
  validation: 'validation.failed',
  notFound: 'not_found',
  conflict: 'conflict',
} as const;

export const notFound = (what: string, id: string | number) =>
  new DomainError(`${what}.not_found`, `${what} ${id} not found`, { id });

export const forbidden = (why: string) => new DomainError(errorCodes.authForbidden, why);
