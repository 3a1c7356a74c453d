// Reads an outline file (kepu-outline/1, JSON or YAML) and refuses a malformed one with every problem located.
import { JsonSyntaxError, parseJsonLocated } from './json-locator.ts';
import { type Outline, outlineSchema } from './outline.schema.ts';
import { invalidOutline, issuesFromZod, type Locate, outlineIssue } from './outline-issues.ts';
import { parseYamlLocated } from './yaml-locator.ts';

export type OutlineFormat = 'json' | 'yaml';

/** By extension (.json, .yaml, .yml); otherwise JSON if the content starts with { or [, else YAML. */
export function detectOutlineFormat(fileName: string, content: string): OutlineFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  return /^\uFEFF?\s*[[{]/.test(content) ? 'json' : 'yaml';
}

/** Validates an already-parsed document (e.g. a JSON request body); issues name paths but no lines. */
export function validateOutline(value: unknown, source = 'outline', locate?: Locate): Outline {
  const parsed = outlineSchema.safeParse(value);
  if (!parsed.success) throw invalidOutline(source, issuesFromZod(parsed.error, locate));
  return parsed.data;
}

/** Parses and validates; throws DomainError plan.invalid_outline with details.issues [{ path, line, column, message }]. */
export function parseOutlineFile(content: string, fileName: string): Outline {
  if (detectOutlineFormat(fileName, content) === 'yaml') {
    const { value, locate, issues } = parseYamlLocated(content);
    if (issues.length > 0) throw invalidOutline(fileName, issues);
    return validateOutline(value, fileName, locate);
  }
  try {
    const { value, locate } = parseJsonLocated(content);
    return validateOutline(value, fileName, locate);
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
