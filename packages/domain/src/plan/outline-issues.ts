// Problems found in an outline document, each with its place (path, line), a stable code and parameters; the error.
import type { z } from 'zod';
import { DomainError } from '../errors.ts';
import { formatPath } from '../kernel/path.ts';
import { zodFieldIssue } from '../validation.ts';

export { formatPath };

export const INVALID_OUTLINE = 'plan.invalid_outline';

export interface OutlineIssue {
  /** Place in the document, e.g. `tasks[3].responsibleUnits`; '' for the whole document. */
  path: string;
  line?: number;
  column?: number;
  /** Stable code, e.g. `plan.outline.task_not_in_tasks` or a zod code such as `zod.too_small`. */
  code: string;
  params: Record<string, string | number>;
  /** The English sentence, kept for the CLI, API users and logs. */
  message: string;
}

export type PathSegment = string | number;
export interface SourcePosition {
  line: number;
  column?: number;
}
/** Finds where a path is written in the source; undefined if it is not there. */
export type Locate = (path: readonly PathSegment[]) => SourcePosition | undefined;

/** One issue of the document that is not a schema issue (syntax, empty file, what the text parser could not find). */
export function outlineIssue(
  path: string,
  code: string,
  message: string,
  params: Record<string, string | number> = {},
  at: Partial<SourcePosition> = {},
): OutlineIssue {
  return { path, ...at, code, params, message };
}

/** Turns schema issues into outline issues; a missing key is located at its nearest written ancestor. */
export function issuesFromZod(error: z.ZodError, locate?: Locate): OutlineIssue[] {
  const out: OutlineIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push(
          withPlace([...path, key], 'zod.unrecognized_keys', { keys: key }, `unknown field "${key}"`, locate),
        );
    } else {
      const { code, params } = zodFieldIssue(issue);
      out.push(withPlace(path, code, params, issue.message, locate));
    }
  }
  return out;
}

export function withPlace(
  path: PathSegment[],
  code: string,
  params: Record<string, string | number>,
  message: string,
  locate?: Locate,
): OutlineIssue {
  const issue: OutlineIssue = { path: formatPath(path), code, params, message };
  for (let n = path.length; locate && n >= 0; n--) {
    const pos = locate(path.slice(0, n));
    if (pos) {
      issue.line = pos.line;
      if (pos.column !== undefined) issue.column = pos.column;
      break;
    }
  }
  return issue;
}

/** One line per issue: `tasks[3].responsibleUnits (line 42): a task needs at least one responsible unit`. */
export function describeIssue(issue: Pick<OutlineIssue, 'path' | 'line' | 'column' | 'message'>): string {
  const place = issue.path || '(document)';
  const where =
    issue.line === undefined
      ? ''
      : issue.column === undefined
        ? ` (line ${issue.line})`
        : ` (line ${issue.line}, column ${issue.column})`;
  return `${place}${where}: ${issue.message}`;
}

/** The error an import raises: nothing is changed, every issue is listed in details.issues. */
export function invalidOutline(source: string, issues: OutlineIssue[]): DomainError {
  if (issues.length === 0) issues = [outlineIssue('', 'plan.outline.invalid', 'the outline is not valid')];
  const shown = issues.slice(0, 5).map((i) => `- ${describeIssue(i)}`);
  if (issues.length > 5) shown.push(`- … and ${issues.length - 5} more`);
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return new DomainError(
    INVALID_OUTLINE,
    `大纲文件无效 / invalid outline in ${source}: ${count}\n${shown.join('\n')}`,
    { source, issues },
  );
}
