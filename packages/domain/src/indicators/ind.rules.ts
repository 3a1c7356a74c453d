// Validation rules as data: left op right over item codes; hard rules block submission, soft ones need an explanation.
import { codesOf, evaluate, parseExpression } from './ind.expression.ts';
import type { Rule, RuleOp, ValueCell } from './ind.types.ts';

export interface Violation {
  rule: string;
  severity: Rule['severity'];
  left: number;
  op: RuleOp;
  right: number;
  /** Item codes the rule reads, so a grid or workbook can point at the cells. */
  items: string[];
  zh: string;
  en: string;
}

const holds: Record<RuleOp, (a: number, b: number) => boolean> = {
  '=': (a, b) => Math.abs(a - b) < 1e-6,
  '<=': (a, b) => a <= b + 1e-6,
  '>=': (a, b) => a + 1e-6 >= b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
  '!=': (a, b) => Math.abs(a - b) >= 1e-6,
};

/** Item totals (breakdown options summed) from stored cells. */
export function totalsOf(cells: readonly ValueCell[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of cells) if (c.value !== null) totals.set(c.item, (totals.get(c.item) ?? 0) + c.value);
  return totals;
}

/** Checks every live rule; a rule whose items are all empty is not checked (nothing was filed for it). */
export function checkRules(rules: readonly Rule[], cells: readonly ValueCell[]): Violation[] {
  const totals = totalsOf(cells);
  const out: Violation[] = [];
  for (const r of rules) {
    if (r.retired) continue;
    const left = parseExpression(r.left, `${r.code}.left`);
    const right = parseExpression(r.right, `${r.code}.right`);
    const items = [...new Set([...codesOf(left), ...codesOf(right)])];
    if (!items.some((c) => totals.has(c))) continue;
    const l = evaluate(left, (c) => totals.get(c) ?? 0) ?? 0;
    const rv = evaluate(right, (c) => totals.get(c) ?? 0) ?? 0;
    if (!holds[r.op](l, rv))
      out.push({
        rule: r.code,
        severity: r.severity,
        left: l,
        op: r.op,
        right: rv,
        items,
        zh: r.zh,
        en: r.en,
      });
  }
  return out;
}

/** What stops a submission: hard violations, and soft ones with no written explanation. */
export function blockingViolations(violations: readonly Violation[], explanations: Record<string, string>) {
  return {
    hard: violations.filter((v) => v.severity === 'hard'),
    unexplained: violations.filter((v) => v.severity === 'soft' && !(explanations[v.rule] ?? '').trim()),
  };
}
