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

export const notFound = (what: string, id: string | number) =>
  new DomainError(`${what}.not_found`, `${what} ${id} not found`, { id });

export const forbidden = (why: string, details: Record<string, unknown> = {}) =>
  new DomainError('auth.forbidden', why, details);
