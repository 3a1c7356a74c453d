// Linear expressions over item codes ("F011 + F012 - 2*F013 + 5"), as used by rules and computed indicators.
import { DomainError } from '../errors.ts';

export interface Term {
  coef: number;
  /** Item code, `POP` for population, or null for a constant. */
  code: string | null;
}

const TERM = /^\s*([+-])?\s*(?:(\d+(?:\.\d+)?)\s*\*\s*)?([A-Z][A-Z0-9_]*|\d+(?:\.\d+)?)\s*/;

/** Parses `a + b - 2*c`; throws `indicators.expression_invalid` naming the (1-based) position of the first bad character. */
export function parseExpression(text: string, field = 'expression'): Term[] {
  const terms: Term[] = [];
  let rest = text;
  let first = true;
  while (rest.trim().length > 0) {
    const m = TERM.exec(rest);
    if (!m || (!first && !m[1])) {
      const position = text.length - rest.trimStart().length + 1;
      throw new DomainError(
        'indicators.expression_invalid',
        `${field}: cannot read "${rest.trim()}" at character ${position} of "${text}"`,
        { field, text, position },
      );
    }
    const sign = m[1] === '-' ? -1 : 1;
    const factor = m[2] ? Number(m[2]) : 1;
    const isNumber = /^\d/.test(m[3]);
    terms.push(
      isNumber ? { coef: sign * factor * Number(m[3]), code: null } : { coef: sign * factor, code: m[3] },
    );
    rest = rest.slice(m[0].length);
    first = false;
  }
  if (terms.length === 0)
    throw new DomainError('indicators.expression_invalid', `${field}: empty expression`, { field, text });
  return terms;
}

export function codesOf(terms: Term[]): string[] {
  return terms.flatMap((t) => (t.code ? [t.code] : []));
}

/** Evaluates with missing codes as 0; returns null when every code it names is missing (nothing to check). */
export function evaluate(terms: Term[], valueOf: (code: string) => number | null | undefined): number | null {
  let sum = 0;
  let seen = false;
  let hasCode = false;
  for (const t of terms) {
    if (t.code === null) {
      sum += t.coef;
      continue;
    }
    hasCode = true;
    const v = valueOf(t.code);
    if (v !== null && v !== undefined) {
      seen = true;
      sum += t.coef * v;
    }
  }
  return hasCode && !seen ? null : sum;
}
