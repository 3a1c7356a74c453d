// Turns zod issues into a domain validation error whose details name each field.
import type { z } from 'zod';
import { DomainError } from './errors.ts';

export interface FieldIssue {
  path: string;
  message: string;
}

/** `tasks.3.responsibleUnits` → `tasks[3].responsibleUnits`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

export function validationError(code: string, issues: readonly z.core.$ZodIssue[], prefix = ''): DomainError {
  const list: FieldIssue[] = issues.map((i) => ({ path: formatPath([...(prefix ? [prefix] : []), ...i.path]), message: i.message }));
  const first = list[0];
  const where = first?.path ? `${first.path}: ` : '';
  return new DomainError(code, `${where}${first?.message ?? 'invalid input'}`, { issues: list });
}
