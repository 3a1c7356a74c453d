// Answers against an instrument: each names an item and fits its kind and options; demographics fit their questions;
// a complete response answers every item and question. Problems name the field (`answers.K03`, `demographics.age`).
import { type FieldIssue, issue } from '../kernel/field-error.ts';
import type { Instrument } from './survey.instrument.ts';
import type { SurveyAnswer } from './survey.records.ts';

export function answerIssues(
  instrument: Instrument,
  answers: Record<string, SurveyAnswer>,
  demographics: Record<string, string | number>,
  complete: boolean,
): FieldIssue[] {
  const out: FieldIssue[] = [];
  const items = new Map(instrument.items.map((it) => [it.code, it]));
  for (const [code, a] of Object.entries(answers)) {
    const item = items.get(code);
    const path = `answers.${code}`;
    if (!item) {
      out.push(issue(path, 'survey.unknown_item', `no item ${code}`, { item: code }));
      continue;
    }
    const options = item.kind === 'true_false' ? [] : item.options.map((o) => o.code);
    const fits =
      item.kind === 'true_false'
        ? typeof a === 'boolean'
        : item.kind === 'single'
          ? typeof a === 'string' && options.includes(a)
          : Array.isArray(a) && a.length > 0 && a.every((c) => options.includes(c)) && new Set(a).size === a.length;
    if (!fits) out.push(issue(path, 'survey.answer_not_an_option', `not an answer to ${code}`, { item: code }));
  }
  const questions = new Map(instrument.demographics.map((q) => [q.field as string, q]));
  for (const [field, v] of Object.entries(demographics)) {
    const q = questions.get(field);
    const path = `demographics.${field}`;
    if (!q) {
      out.push(issue(path, 'survey.unknown_question', `no question ${field}`, { field }));
      continue;
    }
    const fits = q.options
      ? typeof v === 'string' && q.options.some((o) => o.code === v)
      : typeof v === 'number' && v >= (q.min ?? 18) && v <= (q.max ?? 69);
    if (!fits) out.push(issue(path, 'survey.answer_not_an_option', `not an answer to ${field}`, { field }));
  }
  if (complete) {
    for (const it of instrument.items)
      if (answers[it.code] === undefined)
        out.push(issue(`answers.${it.code}`, 'survey.answer_missing', `${it.code} is not answered`, { item: it.code }));
    for (const q of instrument.demographics)
      if (demographics[q.field] === undefined)
        out.push(
          issue(`demographics.${q.field}`, 'survey.answer_missing', `${q.field} is not answered`, { field: q.field }),
        );
  }
  return out;
}
