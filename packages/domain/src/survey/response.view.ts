// A response against its instrument: the answers as scoring.ts checks them, the demographics against their questions,
// and, when complete, every item and question answered. Problems name the field (`answers.K03`, `demographics.age`).
import { type FieldIssue, issue } from '../kernel/field-error.ts';
import { answerIssues } from './scoring.ts';
import { AGE_MAX, AGE_MIN } from './survey.codes.ts';
import type { Instrument } from './survey.instrument.ts';
import type { SurveyAnswer } from './survey.records.ts';

export function responseIssues(
  instrument: Instrument,
  answers: Record<string, SurveyAnswer>,
  demographics: Record<string, string | number>,
  complete: boolean,
): FieldIssue[] {
  const out: FieldIssue[] = answerIssues(instrument, answers);
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
      : typeof v === 'number' && v >= (q.min ?? AGE_MIN) && v <= (q.max ?? AGE_MAX);
    if (!fits) out.push(issue(path, 'survey.answer_not_an_option', `not an answer to ${field}`, { field }));
  }
  if (complete) {
    for (const it of instrument.items)
      if (answers[it.code] === undefined)
        out.push(
          issue(`answers.${it.code}`, 'survey.answer_missing', `${it.code} is not answered`, {
            item: it.code,
          }),
        );
    for (const q of instrument.demographics)
      if (demographics[q.field] === undefined)
        out.push(
          issue(`demographics.${q.field}`, 'survey.answer_missing', `${q.field} is not answered`, {
            field: q.field,
          }),
        );
  }
  return out;
}
