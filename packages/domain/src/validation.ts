// Turns zod issues into a domain validation error whose details name each field.
import type { z } from 'zod';
import { DomainError } from './errors.ts';
import { formatPath } from './plan/outline-issues.ts';

export interface FieldIssue {
  path: string;
  message: string;
}

export function validationError(code: string, issues: readonly z.core.$ZodIssue[], prefix = ''): DomainError {
  const list: FieldIssue[] = issues.map((i) => ({ path: formatPath([...(prefix ? [prefix] : []), ...i.path]), message: i.message }));
  const first = list[0];
  const where = first?.path ? `${first.path}: ` : '';
  return new DomainError(code, `${where}${first?.message ?? 'invalid input'}`, { issues: list });
}
