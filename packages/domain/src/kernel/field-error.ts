// Errors that name a field or a cell: a stable code with parameters the web app renders in the user's language.
import { DomainError } from '../errors.ts';

/** One problem with one field or cell; `message` is the English sentence kept for API users and logs. */
export interface FieldIssue {
  path: string;
  /** Stable code, e.g. `acc.task_not_in_plan`; the web app's i18n files key their text by it. */
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export function issue(
  path: string,
  code: string,
  message: string,
  params: Record<string, string | number> = {},
): FieldIssue {
  return { path, code, params, message };
}

/** An error lists at most this many problems (a million-row file must not make a million-line answer). */
export const MAX_LISTED_ISSUES = 200;

/** The first MAX_LISTED_ISSUES problems and how many there are in all (`count`). */
export function listed<T>(issues: readonly T[]): { count: number; issues: T[] } {
  return { count: issues.length, issues: issues.slice(0, MAX_LISTED_ISSUES) };
}

/** A 400 naming the fields, shaped like schema validation errors (`details.issues[i].path`). */
export function invalid(issues: FieldIssue[], code = 'validation.failed'): DomainError {
  const first = issues[0];
  return new DomainError(code, first ? `${first.path}: ${first.message}` : 'invalid input', listed(issues));
}

/** A 400 naming one field. */
export function fieldError(
  path: string,
  code: string,
  message: string,
  params: Record<string, string | number> = {},
): DomainError {
  return invalid([issue(path, code, message, params)]);
}
