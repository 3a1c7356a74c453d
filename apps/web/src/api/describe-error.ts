// Turns an API or network error into a translated title and a sentence naming its likely cause.
import type { TFunction } from 'i18next';
import { ApiError } from './client.ts';

export interface ErrorText {
  title: string;
  cause: string;
  issues: string[];
}

export function describeError(t: TFunction, error: unknown): ErrorText {
  if (!(error instanceof ApiError)) {
    return { title: t('error.unexpected.title'), cause: t('error.unexpected.cause'), issues: [] };
  }
  const issues = Array.isArray(error.details.issues)
    ? (error.details.issues as { path?: string; message?: string }[]).map(
        (i) => `${i.path ?? ''}: ${i.message ?? ''}`,
      )
    : [];
  const kind =
    error.status === 0
      ? 'network'
      : error.code === 'validation.failed'
        ? 'validation'
        : error.status === 401
          ? 'auth'
          : error.status === 403
            ? 'forbidden'
            : error.status === 404
              ? 'notFound'
              : error.status === 409
                ? 'conflict'
                : error.status === 413
                  ? 'tooLarge'
                  : error.status === 429
                    ? 'rateLimited'
                    : error.status >= 500
                      ? 'server'
                      : 'badRequest';
  return {
    title: t(`error.${kind}.title`),
    cause:
      kind === 'badRequest' || kind === 'conflict'
        ? `${t(`error.${kind}.cause`)} ${error.message}`
        : t(`error.${kind}.cause`),
    issues,
  };
}
