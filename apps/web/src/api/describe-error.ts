// Turns an API or network error into a translated title, a sentence from its code (or its likely cause) and the
// list of fields, cells or rules it names, all in the reader's language.
import type { TFunction } from 'i18next';
import { ApiError } from './client.ts';
import {
  type ApiIssue,
  codeText,
  detailParams,
  englishScreen,
  issueLine,
  type ViolationLike,
  violationLine,
} from './error-text.ts';

export interface ErrorText {
  title: string;
  cause: string;
  issues: string[];
}

type Kind =
  | 'network'
  | 'validation'
  | 'auth'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'tooLarge'
  | 'rateLimited'
  | 'server'
  | 'badRequest';

const byStatus: [number, Kind][] = [
  [401, 'auth'],
  [403, 'forbidden'],
  [404, 'notFound'],
  [409, 'conflict'],
  [413, 'tooLarge'],
  [429, 'rateLimited'],
];

function kindOf(error: ApiError): Kind {
  if (error.status === 0) return 'network';
  if (error.code === 'validation.failed') return 'validation';
  if (error.status >= 500) return 'server';
  return byStatus.find(([status]) => status === error.status)?.[1] ?? 'badRequest';
}

/** The lines under an error: its failed rules (with their reasons) or its field issues. */
function issueLines(t: TFunction, details: Record<string, unknown>): string[] {
  if (Array.isArray(details.violations) && details.violations.length)
    return (details.violations as ViolationLike[]).map((v) => violationLine(t, v));
  if (!Array.isArray(details.issues)) return [];
  const lines = (details.issues as ApiIssue[]).map((i) => issueLine(t, i));
  // the server lists the first problems of a long file; say how many more there are
  const more = typeof details.count === 'number' ? details.count - lines.length : 0;
  return more > 0 ? [...lines, t('error.moreIssues', { count: more })] : lines;
}

export function describeError(t: TFunction, error: unknown): ErrorText {
  if (!(error instanceof ApiError)) {
    return { title: t('error.unexpected.title'), cause: t('error.unexpected.cause'), issues: [] };
  }
  const kind = kindOf(error);
  const known = codeText(t, error.code, detailParams(t, error.details));
  // the server's English sentence is shown only on an English screen, and only when the code has no text
  const serverSentence =
    known === null && englishScreen() && (kind === 'badRequest' || kind === 'conflict') ? error.message : '';
  return {
    title: t(`error.${kind}.title`),
    cause: known ?? [t(`error.${kind}.cause`), serverSentence].filter(Boolean).join(' '),
    issues: issueLines(t, error.details),
  };
}

/** One sentence for an error: the code's text when there is one, otherwise the title (for short messages). */
export function errorSentence(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const known = codeText(t, error.code, detailParams(t, error.details));
    if (known !== null) return known;
  }
  return describeError(t, error).title;
}
