// Puts the API's field errors (`details.issues[].path` = "body.<field>") next to the fields of an antd form.
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';

/**
 * Marks each named field the API refused with `message(field, apiMessage)`; returns the fields marked, so the caller
 * can fall back to a general notice when the error names none of them.
 */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  message: (field: string, apiMessage: string) => string,
): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details.issues)) return [];
  const issues = (error.details.issues as { path?: string; message?: string }[])
    .map((i) => ({ field: (i.path ?? '').replace(/^body\./, ''), text: i.message ?? '' }))
    .filter((i) => fields.includes(i.field));
  form.setFields(issues.map((i) => ({ name: i.field, errors: [message(i.field, i.text)] })));
  return issues.map((i) => i.field);
}

/** Field errors next to their fields; an error that names none of them is kept in `unplaced` for a general notice. */
export function useApiFieldErrors(
  form: FormInstance,
  fields: readonly string[],
  message: (field: string, apiMessage: string) => string = (_, m) => m,
) {
  const [unplaced, setUnplaced] = useState<unknown>(null);
  return {
    unplaced,
    onError: (error: unknown) => setUnplaced(showFieldErrors(form, error, fields, message).length ? null : error),
    clear: () => setUnplaced(null),
  };
}
