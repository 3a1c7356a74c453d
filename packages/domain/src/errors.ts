// Domain errors: a stable code, a human message and structured details; no HTTP in here.
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    public readonly code: string,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
