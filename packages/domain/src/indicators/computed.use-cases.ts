// Computed indicators of a year (numerator ÷ denominator × factor over item codes and POP): add, edit, retire, and a
// preview of the city's figure for that year before saving.
import { authorize } from '../auth/policy.ts';
import { fieldError, invalid, issue } from '../kernel/field-error.ts';
import { rootOf } from './analysis.use-cases.ts';
import { computeFigure } from './figures.view.ts';
import { checkExpression, getIndForm, missing } from './form.use-cases.ts';
import type { Term } from './ind.expression.ts';
import type { IndContext } from './ind.ports.ts';
import type { ComputedPatchInput, NewComputedInput, PreviewInput } from './ind.schemas.ts';
import type { FormDefinition } from './ind.types.ts';
import type { IndComputedPreviewView } from './ind.views.ts';

function checkFormula(form: FormDefinition, f: { numerator?: string; denominator?: string }) {
  const text = new Set(form.items.filter((i) => i.valueType === 'text').map((i) => i.code));
  const terms: Term[] = [];
  for (const key of ['numerator', 'denominator'] as const) {
    const value = f[key];
    if (value === undefined) continue;
    const list = checkExpression(form, value, `body.${key}`, true);
    const bad = list.find((t) => t.code && text.has(t.code));
    if (bad?.code)
      throw fieldError(`body.${key}`, 'ind.computed.text_item', `${bad.code} is a text item, not a number`, {
        item: bad.code,
      });
    terms.push(...list);
  }
  return terms;
}

export async function addComputed(ctx: IndContext, year: number, input: NewComputedInput) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getIndForm(ctx, year);
  if (form.computed.some((c) => c.code === input.code) || form.items.some((i) => i.code === input.code))
    throw invalid(
      [
        issue('body.code', 'ind.computed.code_taken', `${input.code} is already used in ${year}`, {
          code: input.code,
          year,
        }),
      ],
      'indicators.computed_exists',
    );
  checkFormula(form, input);
  await ctx.stores.ind.insertComputed(year, input);
  await ctx.audit.write({
    action: 'indicators.computed.add',
    entity: 'indicator_computed',
    entityId: `${year}/${input.code}`,
    after: input,
  });
  return getIndForm(ctx, year);
}

export async function patchComputed(ctx: IndContext, year: number, code: string, patch: ComputedPatchInput) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getIndForm(ctx, year);
  const before = form.computed.find((c) => c.code === code);
  if (!before) throw missing('indicators.computed', `${year}/${code}`, { year, computed: code });
  checkFormula(form, patch);
  await ctx.stores.ind.updateComputed(year, code, patch);
  await ctx.audit.write({
    action: 'indicators.computed.update',
    entity: 'indicator_computed',
    entityId: `${year}/${code}`,
    before,
    after: { ...before, ...patch },
  });
  return getIndForm(ctx, year);
}

/** The figure a formula gives for the whole city in that year, from every saved figure (the office trying a formula
 * while reports come in) and the city's population. */
export async function previewComputed(
  ctx: IndContext,
  year: number,
  input: PreviewInput,
): Promise<IndComputedPreviewView> {
  authorize(ctx.actor, 'ind.admin');
  const form = await getIndForm(ctx, year);
  const terms = checkFormula(form, input);
  const codes = [...new Set(terms.flatMap((t) => (t.code && t.code !== 'POP' ? [t.code] : [])))];
  const { node } = await rootOf(ctx);
  const [rows, pops] = await Promise.all([
    codes.length
      ? ctx.stores.ind.aggregate({
          stage: 'all',
          years: [year],
          root: node.code,
          dims: ['item'],
          items: codes,
        })
      : Promise.resolve([]),
    ctx.stores.ind.populationsFor([node.code], year),
  ]);
  const totals = new Map(rows.map((r) => [r.item as string, r.value]));
  const population = pops.get(node.code) ?? null;
  const formula = { ...input, code: 'PREVIEW', zh: '', en: '', unit: '', retired: false };
  const figure = computeFigure(formula, totals, population?.population ?? null);
  return { year, root: { code: node.code, name: node.name }, ...figure, population };
}
