// Scores one respondent's answers under the instrument's rule: dimension scores, total, literacy class. Three rules:
// the current one (dimension points on 100, 较高/具备/基本 thresholds), the 2016 benchmark (a form of N items drawn from
// the bank, points per item, pass at a share correct) and the older three-part rule (pass every part).
import { seededRandom } from '@kepu/stats';
import { DomainError } from '../errors.ts';
import { type FieldIssue, invalid, issue } from '../kernel/field-error.ts';
import type { LiteracyClass } from './survey.codes.ts';
import type { Instrument, InstrumentItem, ScoringRule } from './survey.instrument.ts';

/** true/false for a true/false item, an option code for single choice, option codes for multiple choice. */
export type Answer = boolean | string | readonly string[] | null;
export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface DimensionScore {
  dimension: string;
  /** Weighted number of items answered correctly, and of items asked (item weights default to 1). */
  correct: number;
  asked: number;
  /** Points scored and the most the dimension can give (dimension-points: its points; otherwise per-item points). */
  score: number;
  max: number;
  /** three-part rule: whether this part is passed; null for the other rules. */
  passed: boolean | null;
}

export interface RespondentScore {
  rule: ScoringRule['kind'];
  dimensions: DimensionScore[];
  total: number;
  max: number;
  class: LiteracyClass;
  /** 具备科学素质: class `literate` or `high`. */
  literate: boolean;
}

/** Scores are rounded to this many decimals before they are compared with a threshold (70 is 70, not 69.999…). */
const DECIMALS = 1e6;
const round = (x: number) => Math.round(x * DECIMALS) / DECIMALS;

/** Multiple choice counts only when exactly the keyed options are chosen (no partial credit). */
export function isCorrect(item: InstrumentItem, answer: Answer | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  if (item.kind === 'true_false') return answer === item.key;
  if (item.kind === 'single') return answer === item.key;
  if (!Array.isArray(answer) || answer.length !== item.key.length) return false;
  const chosen = new Set(answer as readonly string[]);
  return chosen.size === item.key.length && item.key.every((k) => chosen.has(k));
}

/** Problems with one respondent's answers, each naming `answers.<item>`: unknown item, wrong type, unknown option. */
export function answerIssues(instrument: Instrument, answers: Answers): FieldIssue[] {
  return answerChecker(instrument)(answers);
}

function answerChecker(instrument: Instrument): (answers: Answers) => FieldIssue[] {
  const byCode = new Map(instrument.items.map((it) => [it.code, it]));
  return (answers) => {
    const out: FieldIssue[] = [];
    for (const [code, a] of Object.entries(answers)) {
      const path = `answers.${code}`;
      const item = byCode.get(code);
      if (!item) {
        out.push(
          issue(path, 'survey.answer_unknown_item', `no item ${code} in the instrument`, { item: code }),
        );
        continue;
      }
      if (a === null || a === undefined) continue;
      if (item.kind === 'true_false') {
        if (typeof a !== 'boolean')
          out.push(
            issue(path, 'survey.answer_not_true_false', `item ${code} takes true or false`, { item: code }),
          );
        continue;
      }
      const options = new Set(item.options.map((o) => o.code));
      const chosen = item.kind === 'single' ? [a] : a;
      if (
        (item.kind === 'single' && typeof a !== 'string') ||
        (item.kind === 'multiple' && !Array.isArray(a))
      ) {
        out.push(
          issue(path, 'survey.answer_wrong_kind', `item ${code} is ${item.kind} choice`, { item: code }),
        );
        continue;
      }
      for (const c of chosen as readonly string[])
        if (!options.has(c))
          out.push(
            issue(path, 'survey.answer_unknown_option', `item ${code} has no option ${c}`, {
              item: code,
              option: c,
            }),
          );
    }
    return out;
  };
}

type Scorer = (answers: Answers, form?: readonly string[]) => RespondentScore;

/**
 * A scoring function for the instrument (prepared once, applied to every respondent). `form` is the list of items a
 * respondent was asked: required by the 2016 benchmark rule (`itemsPerForm` items of the bank), ignored otherwise.
 * Unanswered items count as wrong. Answers that do not fit the instrument are a 400 `survey.answers_invalid`.
 */
export function makeScorer(instrument: Instrument): Scorer {
  const rule = instrument.scoring;
  const weight = (it: InstrumentItem) => it.weight ?? 1;
  const tally = (answers: Answers, items: readonly InstrumentItem[]) => {
    const per = new Map(instrument.dimensions.map((d) => [d.code, { correct: 0, asked: 0 }]));
    for (const it of items) {
      const t = per.get(it.dimension) as { correct: number; asked: number };
      t.asked += weight(it);
      if (isCorrect(it, answers[it.code])) t.correct += weight(it);
    }
    return per;
  };
  const issues = answerChecker(instrument);
  const check = (answers: Answers) => {
    const problems = issues(answers);
    if (problems.length > 0) throw invalid(problems, 'survey.answers_invalid');
  };

  if (rule.kind === 'dimension-points') {
    const { high, literate, basic } = rule.thresholds;
    return (answers) => {
      check(answers);
      const per = tally(answers, instrument.items);
      const dimensions = instrument.dimensions.map((d) => {
        const t = per.get(d.code) as { correct: number; asked: number };
        const max = d.points ?? 0;
        return { dimension: d.code, ...t, score: round((max * t.correct) / t.asked), max, passed: null };
      });
      const total = round(dimensions.reduce((s, d) => s + d.score, 0));
      const cls: LiteracyClass =
        total >= high ? 'high' : total >= literate ? 'literate' : total >= basic ? 'basic' : 'below';
      return { rule: rule.kind, dimensions, total, max: 100, class: cls, literate: total >= literate };
    };
  }

  if (rule.kind === 'benchmark-2016') {
    const byCode = new Map(instrument.items.map((it) => [it.code, it]));
    const needed = Math.ceil(round(rule.passShare * rule.itemsPerForm));
    return (answers, form) => {
      check(answers);
      const items = formItems(byCode, rule.itemsPerForm, form);
      const outside = Object.keys(answers).filter(
        (c) => answers[c] != null && !items.some((it) => it.code === c),
      );
      if (outside.length > 0)
        throw invalid(
          outside.map((c) =>
            issue(`answers.${c}`, 'survey.answer_not_on_form', `item ${c} was not on the form`, { item: c }),
          ),
          'survey.answers_invalid',
        );
      const per = tally(answers, items);
      const dimensions = instrument.dimensions.map((d) => {
        const t = per.get(d.code) as { correct: number; asked: number };
        return {
          dimension: d.code,
          ...t,
          score: round(t.correct * rule.pointsPerItem),
          max: round(t.asked * rule.pointsPerItem),
          passed: null,
        };
      });
      const correct = dimensions.reduce((s, d) => s + d.correct, 0);
      const ok = correct >= needed;
      return {
        rule: rule.kind,
        dimensions,
        total: round(correct * rule.pointsPerItem),
        max: round(rule.itemsPerForm * rule.pointsPerItem),
        class: ok ? 'literate' : 'below',
        literate: ok,
      };
    };
  }

  const parts = new Map(rule.parts.map((p) => [p.dimension, p.passShare]));
  return (answers) => {
    check(answers);
    const per = tally(answers, instrument.items);
    const dimensions = instrument.dimensions.map((d) => {
      const t = per.get(d.code) as { correct: number; asked: number };
      const pass = parts.get(d.code);
      return {
        dimension: d.code,
        ...t,
        score: round(t.correct),
        max: round(t.asked),
        passed: pass === undefined ? null : round(t.correct / t.asked) >= pass,
      };
    });
    const ok = dimensions.every((d) => d.passed !== false);
    return {
      rule: rule.kind,
      dimensions,
      total: round(dimensions.reduce((s, d) => s + d.score, 0)),
      max: round(dimensions.reduce((s, d) => s + d.max, 0)),
      class: ok ? 'literate' : 'below',
      literate: ok,
    };
  };
}

function formItems(
  byCode: ReadonlyMap<string, InstrumentItem>,
  size: number,
  form: readonly string[] | undefined,
): InstrumentItem[] {
  if (!form)
    throw new DomainError(
      'survey.form_missing',
      'the 2016 benchmark rule scores a drawn form: give its items',
    );
  const problems: FieldIssue[] = [];
  if (new Set(form).size !== size)
    problems.push(issue('form', 'survey.form_size', `a form has ${size} different items`, { size }));
  form.forEach((c, i) => {
    if (!byCode.has(c))
      problems.push(issue(`form[${i}]`, 'survey.form_unknown_item', `no item ${c} in the bank`, { item: c }));
  });
  if (problems.length > 0) throw invalid(problems, 'survey.answers_invalid');
  return form.map((c) => byCode.get(c) as InstrumentItem);
}

/** Scores one respondent (see makeScorer; prepare a scorer once when scoring many). */
export function scoreRespondent(
  instrument: Instrument,
  answers: Answers,
  form?: readonly string[],
): RespondentScore {
  return makeScorer(instrument)(answers, form);
}

/**
 * The 2016 benchmark's form for one respondent: `itemsPerForm` items drawn without replacement from the bank,
 * reproducibly from `seed` (a partial Fisher–Yates shuffle), in bank order.
 */
export function drawForm(instrument: Instrument, seed: number): string[] {
  const rule = instrument.scoring;
  if (rule.kind !== 'benchmark-2016')
    throw new DomainError(
      'survey.rule_draws_no_form',
      'only the 2016 benchmark rule draws forms from a bank',
      {
        rule: rule.kind,
      },
    );
  const idx = instrument.items.map((_, i) => i);
  const rnd = seededRandom(seed);
  for (let i = 0; i < rule.itemsPerForm; i++) {
    const j = i + rnd.int(idx.length - i);
    [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
  }
  return idx
    .slice(0, rule.itemsPerForm)
    .sort((a, b) => a - b)
    .map((i) => (instrument.items[i] as InstrumentItem).code);
}
