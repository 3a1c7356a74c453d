// The form of a year as data: read it, add/retire/reorder items and rules, start a new year from an earlier one.
import { authorize } from '../auth/policy.ts';
import { DomainError, isDomainError } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { parseExpression, type Term } from './ind.expression.ts';
import { loadShippedForm } from './ind.form.ts';
import type { IndContext } from './ind.ports.ts';
import type { IndForm } from './ind.records.ts';
import type { ItemPatchInput, NewFormInput, NewItemInput, RulePatchInput } from './ind.schemas.ts';
import type { FormDefinition, Rule } from './ind.types.ts';

/** `what id not found` (404) with the parameters that name it. */
export const missing = (what: string, id: string | number, params: Record<string, string | number> = {}) =>
  new DomainError(`${what}.not_found`, `${what} ${id} not found`, { id, ...params });

export async function getIndForm(ctx: IndContext, year: number): Promise<IndForm> {
  const form = await ctx.stores.ind.loadForm(year);
  if (!form) throw missing('indicators.form', year, { year });
  return form;
}

export const listIndForms = (ctx: IndContext) => ctx.stores.ind.listForms();

const unknownItem = (path: string, code: string, year: number) =>
  fieldError(path, 'ind.form.unknown_item', `no item ${code} on the ${year} form`, { item: code, year });

/** Parses an expression over the year's item codes (and `POP` when allowed), naming the field and the bad position. */
export function checkExpression(form: FormDefinition, text: string, path: string, allowPop = false): Term[] {
  let terms: Term[];
  try {
    terms = parseExpression(text, path);
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const { position } = e.details as { position?: number };
    throw fieldError(path, 'ind.expression.invalid', e.message.replace(`${path}: `, ''), {
      text,
      ...(position ? { position } : {}),
    });
  }
  const known = new Set(form.items.map((i) => i.code));
  if (allowPop) known.add('POP');
  for (const t of terms) if (t.code && !known.has(t.code)) throw unknownItem(path, t.code, form.year);
  return terms;
}

const insertAt = (codes: string[], code: string, position: number) => {
  const list = codes.filter((c) => c !== code);
  list.splice(position - 1, 0, code);
  return list;
};

export async function addIndItem(ctx: IndContext, year: number, input: NewItemInput) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getIndForm(ctx, year);
  const { position, ...item } = input;
  if (form.items.some((i) => i.code === item.code))
    throw new DomainError('indicators.item_exists', `item ${item.code} is already on the ${year} form`, {
      code: item.code,
      item: item.code,
      year,
    });
  if (item.parent && !form.items.some((i) => i.code === item.parent))
    throw unknownItem('body.parent', item.parent, year);
  if (item.breakdown && !form.breakdowns.some((b) => b.code === item.breakdown))
    throw fieldError('body.breakdown', 'ind.form.unknown_breakdown', `no breakdown ${item.breakdown}`, {
      breakdown: item.breakdown,
    });
  await ctx.stores.ind.insertItem(year, item, form.items.length + 1);
  if (position)
    await ctx.stores.ind.reorderItems(
      year,
      insertAt(
        form.items.map((i) => i.code),
        item.code,
        position,
      ),
    );
  await ctx.audit.write({
    action: 'indicators.item.add',
    entity: 'indicator_item',
    entityId: `${year}/${item.code}`,
    after: item,
  });
  return getIndForm(ctx, year);
}

export async function patchIndItem(ctx: IndContext, year: number, code: string, patch: ItemPatchInput) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getIndForm(ctx, year);
  const before = form.items.find((i) => i.code === code);
  if (!before) throw missing('indicators.item', `${year}/${code}`, { year, item: code });
  await ctx.stores.ind.updateItem(year, code, patch);
  await ctx.audit.write({
    action: 'indicators.item.update',
    entity: 'indicator_item',
    entityId: `${year}/${code}`,
    before,
    after: { ...before, ...patch },
  });
  return getIndForm(ctx, year);
}

export async function reorderIndItems(ctx: IndContext, year: number, codes: string[]) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getIndForm(ctx, year);
  const known = new Set(form.items.map((i) => i.code));
  const unknown = codes.find((c) => !known.has(c));
  if (unknown) throw unknownItem(`body.codes.${codes.indexOf(unknown)}`, unknown, year);
  await ctx.stores.ind.reorderItems(year, codes);
  await ctx.audit.write({
    action: 'indicators.item.reorder',
    entity: 'indicator_form',
    entityId: year,
    before: form.items.map((i) => i.code),
    after: codes,
  });
  return getIndForm(ctx, year);
}

export async function addIndRule(ctx: IndContext, year: number, input: Rule) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getIndForm(ctx, year);
  if (form.rules.some((r) => r.code === input.code))
    throw new DomainError('indicators.rule_exists', `rule ${input.code} already exists for ${year}`, {
      rule: input.code,
      year,
    });
  checkExpression(form, input.left, 'body.left');
  checkExpression(form, input.right, 'body.right');
  await ctx.stores.ind.insertRule(year, input, form.rules.length + 1);
  await ctx.audit.write({
    action: 'indicators.rule.add',
    entity: 'indicator_rule',
    entityId: `${year}/${input.code}`,
    after: input,
  });
  return getIndForm(ctx, year);
}

export async function patchIndRule(ctx: IndContext, year: number, code: string, patch: RulePatchInput) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getIndForm(ctx, year);
  const before = form.rules.find((r) => r.code === code);
  if (!before) throw missing('indicators.rule', `${year}/${code}`, { year, rule: code });
  if (patch.left !== undefined) checkExpression(form, patch.left, 'body.left');
  if (patch.right !== undefined) checkExpression(form, patch.right, 'body.right');
  await ctx.stores.ind.updateRule(year, code, patch);
  await ctx.audit.write({
    action: 'indicators.rule.update',
    entity: 'indicator_rule',
    entityId: `${year}/${code}`,
    before,
    after: { ...before, ...patch },
  });
  return getIndForm(ctx, year);
}

/** A new year's form starts as a copy of an earlier one of the jurisdiction (which keeps its own form), or of the
 *  shipped form: a jurisdiction's first form (issue 13). */
export async function createIndForm(ctx: IndContext, input: NewFormInput) {
  authorize(ctx.actor, 'ind.admin');
  if (input.dueOn < input.opensOn)
    throw fieldError('body.dueOn', 'ind.window.due_before_open', 'the due date is before the opening date', {
      opensOn: input.opensOn,
      dueOn: input.dueOn,
    });
  if (await ctx.stores.ind.loadForm(input.year))
    throw new DomainError('indicators.form_exists', `a ${input.year} form already exists`, {
      year: input.year,
    });
  let form: FormDefinition = loadShippedForm(input.year);
  if (input.copyFrom !== undefined) {
    const { opensOn: _o, dueOn: _d, ...from } = await getIndForm(ctx, input.copyFrom);
    form = {
      ...from,
      year: input.year,
      title: from.title.replace(String(input.copyFrom), String(input.year)),
    };
  }
  await ctx.stores.ind.installForm(form, { opensOn: input.opensOn, dueOn: input.dueOn });
  await ctx.audit.write({
    action: 'indicators.form.create',
    entity: 'indicator_form',
    entityId: input.year,
    after: { copyFrom: input.copyFrom ?? 'shipped', items: form.items.length },
  });
  return getIndForm(ctx, input.year);
}
