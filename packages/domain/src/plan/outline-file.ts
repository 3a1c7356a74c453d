// Reads an outline file (kepu-outline/1, JSON or YAML) and refuses a malformed one with every problem located.
import { JsonSyntaxError, parseJsonLocated } from './json-locator.ts';
import { type Outline, outline1CrossIssues, outlineBaseSchema } from './outline.schema.ts';
import type { CrossIssue } from './outline-cross.ts';
import {
  invalidOutline,
  issuesFromZod,
  type Locate,
  type OutlineIssue,
  outlineIssue,
  withPlace,
} from './outline-issues.ts';
import { OUTLINE_V2, type OutlineV2, outline2BaseSchema, outline2CrossIssues } from './outline2.schema.ts';
import { parseYamlLocated } from './yaml-locator.ts';

export type OutlineFormat = 'json' | 'yaml';

/** By extension (.json, .yaml, .yml); otherwise JSON if the content starts with { or [, else YAML. */
export function detectOutlineFormat(fileName: string, content: string): OutlineFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  return /^\uFEFF?\s*[[{]/.test(content) ? 'json' : 'yaml';
}

/** Either version of the format; an import keeps the version it was written in. */
export type AnyOutline = Outline | OutlineV2;

/**
 * Every problem at once: the fields and the rules across fields, each located. zod runs refinements only on a document
 * whose fields are all right, so the rules are run here on the raw value too.
 */
function checkAll<T>(
  value: unknown,
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError };
  },
  cross: (v: unknown) => CrossIssue[],
  locate?: Locate,
): { data?: T; issues: OutlineIssue[] } {
  const parsed = schema.safeParse(value);
  const rules = cross(parsed.success ? parsed.data : value).map((i) =>
    withPlace(i.path, i.code, i.params, i.message, locate),
  );
  if (parsed.success) return { data: parsed.data, issues: rules };
  return { issues: [...issuesFromZod(parsed.error, locate), ...rules] };
}

/** The problems of a document of either version, all of them; [] when it is a valid outline. */
export function outlineProblems(
  value: unknown,
  locate?: Locate,
): { outline?: AnyOutline; issues: OutlineIssue[] } {
  const format = (value as { format?: unknown } | null)?.format;
  const r =
    format === OUTLINE_V2
      ? checkAll<AnyOutline>(value, outline2BaseSchema, outline2CrossIssues, locate)
      : checkAll<AnyOutline>(value, outlineBaseSchema, outline1CrossIssues, locate);
  return r.issues.length ? { issues: r.issues } : { outline: r.data, issues: [] };
}

/** Validates an already-parsed kepu-outline/1 document (e.g. a JSON request body); issues name paths but no lines. */
export function validateOutline(value: unknown, source = 'outline', locate?: Locate): Outline {
  const r = checkAll<Outline>(value, outlineBaseSchema, outline1CrossIssues, locate);
  if (r.issues.length || !r.data) throw invalidOutline(source, r.issues);
  return r.data;
}

/** Validates a document of either version (by its `format`). */
export function validateAnyOutline(value: unknown, source = 'outline', locate?: Locate): AnyOutline {
  const r = outlineProblems(value, locate);
  if (!r.outline) throw invalidOutline(source, r.issues);
  return r.outline;
}

/** Parses and validates kepu-outline/1; throws DomainError plan.invalid_outline with details.issues [{ path, line, column, message }]. */
export function parseOutlineFile(content: string, fileName: string): Outline {
  return parseFile(content, fileName, validateOutline);
}

/** Parses and validates a file of either version. */
export function parseAnyOutlineFile(content: string, fileName: string): AnyOutline {
  return parseFile(content, fileName, validateAnyOutline);
}

function parseFile<T>(
  content: string,
  fileName: string,
  validate: (v: unknown, source: string, locate: Locate) => T,
): T {
  if (detectOutlineFormat(fileName, content) === 'yaml') {
    const { value, locate, issues } = parseYamlLocated(content);
    if (issues.length > 0) throw invalidOutline(fileName, issues);
    return validate(value, fileName, locate);
  }
  try {
    const { value, locate } = parseJsonLocated(content);
    return validate(value, fileName, locate);
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      throw invalidOutline(fileName, [
        outlineIssue(
          '',
          'plan.outline.json_syntax',
          `JSON: ${e.reason}`,
          { reason: e.reason },
          {
            line: e.line,
            column: e.column,
          },
        ),
      ]);
    throw e;
  }
}
