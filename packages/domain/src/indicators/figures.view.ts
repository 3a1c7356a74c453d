// Pure figure arithmetic: a computed indicator from item totals and a population, change on the year before, and
// completeness and timeliness summed by a key.
import { evaluate, parseExpression } from './ind.expression.ts';
import type { CompletenessRow } from './ind.records.ts';
import type { Computed } from './ind.types.ts';

export interface FigureValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** numerator ÷ denominator × factor over item totals (`POP` is the population); null when either side is empty or 0. */
export function computeFigure(
  c: Computed,
  totals: Map<string, number>,
  population: number | null,
): FigureValue {
  const figureOf = (code: string) => (code === 'POP' ? population : (totals.get(code) ?? null));
  const num = evaluate(parseExpression(c.numerator), figureOf);
  const den = evaluate(parseExpression(c.denominator), figureOf);
  return {
    value: num === null || den === null || den === 0 ? null : (num / den) * c.factor,
    numerator: num,
    denominator: den,
  };
}

/** The item codes a computed indicator reads (not `POP`). */
export const codesOfComputed = (c: Pick<Computed, 'numerator' | 'denominator'>) => [
  ...new Set(
    [...parseExpression(c.numerator), ...parseExpression(c.denominator)].flatMap((t) =>
      t.code && t.code !== 'POP' ? [t.code] : [],
    ),
  ),
];

/** Change on the year before, in percent; null without both figures or from 0. */
export const yoy = (v: number | null, p: number | null | undefined) =>
  v === null || p === null || p === undefined || p === 0 ? null : ((v - p) / p) * 100;

export interface CompletenessSum {
  key: string;
  expected: number;
  submitted: number;
  onTime: number;
  accepted: number;
  /** Reports whose figures the asked stage counts. */
  counted: number;
  /** Reports with a first submission ÷ reports assigned, in percent. */
  completeness: number | null;
  /** First submission on or before the due date ÷ assigned, in percent. */
  timeliness: number | null;
}

const counts = ['expected', 'submitted', 'onTime', 'accepted', 'counted'] as const;

/** The counts of `rows` added up, with the two shares (null without a report assigned). */
function sumUp(key: string, rows: readonly CompletenessRow[]): CompletenessSum {
  const v = { expected: 0, submitted: 0, onTime: 0, accepted: 0, counted: 0 };
  for (const r of rows) for (const c of counts) v[c] += r[c];
  return {
    key,
    ...v,
    completeness: v.expected ? (v.submitted / v.expected) * 100 : null,
    timeliness: v.expected ? (v.onTime / v.expected) * 100 : null,
  };
}

/** Counts summed by a key. */
export function sumCompleteness(rows: readonly CompletenessRow[], keyOf: (r: CompletenessRow) => string) {
  const m = new Map<string, CompletenessRow[]>();
  for (const r of rows) {
    const k = keyOf(r);
    m.set(k, m.get(k) ?? []);
    m.get(k)?.push(r);
  }
  return [...m.entries()].map(([key, group]) => sumUp(key, group));
}

/** Every row's counts in one sum (zeros when there is none), under `key`. */
export const totalCompleteness = (rows: readonly CompletenessRow[], key: string) => sumUp(key, rows);
