// Computed indicators of a year (numerator ÷ denominator × factor over item codes and POP): add, edit, retire, and a
// preview of the city's figure for that year before saving.

import { aggregate, insertComputed, populationsFor, updateComputed } from '@kepu/db';
import { authorize, computedSchema, DomainError, type FormDefinition, notFound, type Term } from '@kepu/domain';
import { z } from 'zod';
import { computeFigure, rootOf } from './analysis.service.ts';
import { checkExpression, fieldIssue, getForm } from './registry.service.ts';
import type { IndCtx } from './tx.ts';

const expr = z.string().trim().min(1).max(500);
export const newComputedSchema = computedSchema.extend({ numerator: expr, denominator: expr });
export const computedPatchSchema = z.strictObject({
  zh: z.string().trim().min(1).max(200).optional(),
  en: z.string().trim().min(1).max(200).optional(),
  numerator: expr.optional(),
  denominator: expr.optional(),
  factor: z.number().positive().max(1e9).optional(),
  unit: z.string().max(20).optional(),
  retired: z.boolean().optional(),
});
export const previewSchema = z.strictObject({
  numerator: expr,
  denominator: expr,
  factor: z.number().positive().max(1e9),
});

function checkFormula(form: FormDefinition, f: { numerator?: string; denominator?: string }) {
  const text = new Set(form.items.filter((i) => i.valueType === 'text').map((i) => i.code));
  const terms: Term[] = [];
  for (const key of ['numerator', 'denominator'] as const) {
    const value = f[key];
    if (value === undefined) continue;
    const list = checkExpression(form, value, `body.${key}`, true);
    const bad = list.find((t) => t.code && text.has(t.code));
    if (bad) throw fieldIssue(`body.${key}`, `${bad.code} is a text item, not a number`);
    terms.push(...list);
  }
  return terms;
}

export async function addComputed(ctx: IndCtx, year: number, input: z.infer<typeof newComputedSchema>) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, year);
  if (form.computed.some((c) => c.code === input.code) || form.items.some((i) => i.code === input.code))
    throw new DomainError('indicators.computed_exists', `body.code: ${input.code} is already used in ${year}`, {
      issues: [{ path: 'body.code', message: `${input.code} is already used in ${year}` }],
    });
  checkFormula(form, input);
  await insertComputed(ctx.db, year, input);
  await ctx.audit('indicators.computed.add', 'indicator_computed', `${year}/${input.code}`, undefined, input);
  return getForm(ctx, year);
}

export async function patchComputed(
  ctx: IndCtx,
  year: number,
  code: string,
  patch: z.infer<typeof computedPatchSchema>,
) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, year);
  const before = form.computed.find((c) => c.code === code);
  if (!before) throw notFound('indicators.computed', `${year}/${code}`);
  checkFormula(form, patch);
  await updateComputed(ctx.db, year, code, patch);
  await ctx.audit('indicators.computed.update', 'indicator_computed', `${year}/${code}`, before, {
    ...before,
    ...patch,
  });
  return getForm(ctx, year);
}

/** The figure a formula gives for the whole city in that year, from the saved figures and the city's population. */
export async function previewComputed(ctx: IndCtx, year: number, input: z.infer<typeof previewSchema>) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, year);
  const terms = checkFormula(form, input);
  const codes = [...new Set(terms.flatMap((t) => (t.code && t.code !== 'POP' ? [t.code] : [])))];
  const { node } = await rootOf(ctx);
  const [rows, pops] = await Promise.all([
    codes.length
      ? aggregate(ctx.db, { years: [year], root: node.code, dims: ['item'], items: codes })
      : Promise.resolve([]),
    populationsFor(ctx.db, [node.code], year),
  ]);
  const totals = new Map(rows.map((r) => [r.item as string, r.value]));
  const population = pops.get(node.code) ?? null;
  const figure = computeFigure({ ...input, code: 'PREVIEW', zh: '', en: '', unit: '', retired: false }, totals, population?.population ?? null);
  return { year, root: { code: node.code, name: node.name }, ...figure, population };
}
