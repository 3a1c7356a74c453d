// Turns zod issues into field issues with codes and parameters, and into a domain validation error naming each field.
import type { z } from 'zod';
import { DomainError } from './errors.ts';
import type { FieldIssue } from './kernel/field-error.ts';
import { formatPath } from './kernel/path.ts';

const paramKeys = [
  'minimum',
  'maximum',
  'expected',
  'format',
  'origin',
  'divisor',
  'prefix',
  'suffix',
  'includes',
] as const;

/**
 * A zod issue as a field issue: code `zod.<code>` (`zod.too_small`, …) with its limits as parameters, or, for a
 * refinement that gives `params: { code }`, that domain code (its other params travel with it).
 */
export function zodFieldIssue(i: z.core.$ZodIssue, path: PropertyKey[] = i.path): FieldIssue {
  const params: Record<string, string | number> = {};
  const raw = i as unknown as Record<string, unknown>;
  for (const k of paramKeys) {
    const v = raw[k];
    if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    else if (typeof v === 'bigint') params[k] = Number(v);
  }
  if (Array.isArray(raw.values)) params.values = raw.values.map(String).join(', ');
  if (Array.isArray(raw.keys)) params.keys = raw.keys.map(String).join(', ');
  let code = `zod.${i.code}`;
  const custom = raw.params as Record<string, unknown> | undefined;
  if (i.code === 'custom' && custom && typeof custom.code === 'string') {
    code = custom.code;
    for (const [k, v] of Object.entries(custom))
      if (k !== 'code' && (typeof v === 'string' || typeof v === 'number')) params[k] = v;
  }
  return { path: formatPath(path), code, params, message: i.message };
}

export function validationError(code: string, issues: readonly z.core.$ZodIssue[], prefix = ''): DomainError {
  const list = issues.map((i) => zodFieldIssue(i, [...(prefix ? [prefix] : []), ...i.path]));
  const first = list[0];
  const where = first?.path ? `${first.path}: ` : '';
  return new DomainError(code, `${where}${first?.message ?? 'invalid input'}`, { issues: list });
}
