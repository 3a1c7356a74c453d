// Puts the API's field errors (`details.issues[].path` = "body.<field>") next to the fields of an antd form,
// each in the reader's language (from its code, or the form's own sentence for that field).
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { type ApiIssue, issueText } from '../../../api/error-text.ts';

/**
 * Marks each named field the API refused with `message(field, text)`, where `text` is the issue in the reader's
 * language; returns the fields marked, so the caller can fall back to a general notice when none is named.
 */
export function showFieldErrors(
  t: TFunction,
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  message: (field: string, text: string) => string,
): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details.issues)) return [];
  const issues = (error.details.issues as ApiIssue[])
    .map((i) => ({ field: (i.path ?? '').replace(/^body\./, ''), text: issueText(t, i) }))
    .filter((i) => fields.includes(i.field));
  form.setFields(issues.map((i) => ({ name: i.field, errors: [message(i.field, i.text)] })));
  return issues.map((i) => i.field);
}

/** Field errors next to their fields; an error that names none of them is kept in `unplaced` for a general notice. */
export function useApiFieldErrors(
  form: FormInstance,
  fields: readonly string[],
  message: (field: string, text: string) => string = (_, text) => text,
) {
  const { t } = useTranslation();
  const [unplaced, setUnplaced] = useState<unknown>(null);
  return {
    unplaced,
    onError: (error: unknown) =>
      setUnplaced(showFieldErrors(t, form, error, fields, message).length ? null : error),
    clear: () => setUnplaced(null),
  };
}
