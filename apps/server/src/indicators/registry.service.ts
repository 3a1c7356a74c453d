// The form of a year as data: read it, add/retire/reorder items and rules, start a new year from an earlier one.

import {
  insertItem,
  insertRule,
  installForm,
  listFormYears,
  loadForm,
  reorderItems,
  updateItem,
  updateRule,
} from '@kepu/db';
import {
  authorize,
  DomainError,
  type FormDefinition,
  itemSchema,
  notFound,
  parseExpression,
  ruleOps,
  type ruleSchema,
  validationError,
} from '@kepu/domain';
import { z } from 'zod';
import type { IndCtx } from './tx.ts';

export async function getForm(ctx: IndCtx, year: number) {
  const form = await loadForm(ctx.db, year);
  if (!form) throw notFound('indicators.form', year);
  return form;
}

export const listForms = (ctx: IndCtx) => listFormYears(ctx.db);

export const newItemSchema = itemSchema.extend({ position: z.number().int().min(1).optional() });
export const itemPatchSchema = z.strictObject({
  zh: z.string().trim().min(1).max(200).optional(),
  en: z.string().trim().min(1).max(200).optional(),
  unit: z.string().max(20).optional(),
  retired: z.boolean().optional(),
});
export const rulePatchSchema = z.strictObject({
  left: z.string().min(1).max(500).optional(),
  op: z.enum(ruleOps).optional(),
  right: z.string().min(1).max(500).optional(),
  severity: z.enum(['hard', 'soft']).optional(),
  zh: z.string().trim().min(1).max(200).optional(),
  en: z.string().trim().min(1).max(200).optional(),
  retired: z.boolean().optional(),
});
export const newFormSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  copyFrom: z.number().int().min(2000).max(2100),
  opensOn: z.iso.date(),
  dueOn: z.iso.date(),
});

export function fieldIssue(path: string, message: string) {
  return new DomainError('validation.failed', `${path}: ${message}`, { issues: [{ path, message }] });
}

/** Parses an expression over the year's item codes (and `POP` when allowed), naming the field and the bad position. */
export function checkExpression(form: FormDefinition, text: string, path: string, allowPop = false) {
  let terms: ReturnType<typeof parseExpression>;
  try {
    terms = parseExpression(text, path);
  } catch (e) {
    throw fieldIssue(path, (e as Error).message.replace(`${path}: `, ''));
  }
  const known = new Set(form.items.map((i) => i.code));
  if (allowPop) known.add('POP');
  for (const t of terms)
    if (t.code && !known.has(t.code)) throw fieldIssue(path, `no item ${t.code} on the ${form.year} form`);
  return terms;
}

export async function addItem(ctx: IndCtx, year: number, input: z.infer<typeof newItemSchema>) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, year);
  const { position, ...item } = input;
  if (form.items.some((i) => i.code === item.code))
    throw new DomainError('indicators.item_exists', `item ${item.code} is already on the ${year} form`, {
      code: item.code,
    });
  if (item.parent && !form.items.some((i) => i.code === item.parent))
    throw fieldIssue('body.parent', `no item ${item.parent} on the ${year} form`);
  if (item.breakdown && !form.breakdowns.some((b) => b.code === item.breakdown))
    throw fieldIssue('body.breakdown', `no breakdown ${item.breakdown}`);
  await insertItem(ctx.db, year, item, form.items.length + 1);
  if (position)
    await reorderItems(
      ctx.db,
      year,
      insertAt(
        form.items.map((i) => i.code),
        item.code,
        position,
      ),
    );
  await ctx.audit('indicators.item.add', 'indicator_item', `${year}/${item.code}`, undefined, item);
  return getForm(ctx, year);
}

const insertAt = (codes: string[], code: string, position: number) => {
  const list = codes.filter((c) => c !== code);
  list.splice(position - 1, 0, code);
  return list;
};

export async function patchItem(
  ctx: IndCtx,
  year: number,
  code: string,
  patch: z.infer<typeof itemPatchSchema>,
) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, year);
  const before = form.items.find((i) => i.code === code);
  if (!before) throw notFound('indicators.item', `${year}/${code}`);
  await updateItem(ctx.db, year, code, patch);
  await ctx.audit('indicators.item.update', 'indicator_item', `${year}/${code}`, before, {
    ...before,
    ...patch,
  });
  return getForm(ctx, year);
}

export async function reorder(ctx: IndCtx, year: number, codes: string[]) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, year);
  const known = new Set(form.items.map((i) => i.code));
  const unknown = codes.find((c) => !known.has(c));
  if (unknown)
    throw fieldIssue(`body.codes.${codes.indexOf(unknown)}`, `no item ${unknown} on the ${year} form`);
  await reorderItems(ctx.db, year, codes);
  await ctx.audit(
    'indicators.item.reorder',
    'indicator_form',
    year,
    form.items.map((i) => i.code),
    codes,
  );
  return getForm(ctx, year);
}

export async function addRule(ctx: IndCtx, year: number, input: z.infer<typeof ruleSchema>) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, year);
  if (form.rules.some((r) => r.code === input.code))
    throw new DomainError('indicators.rule_exists', `rule ${input.code} already exists for ${year}`);
  checkExpression(form, input.left, 'body.left');
  checkExpression(form, input.right, 'body.right');
  await insertRule(ctx.db, year, input, form.rules.length + 1);
  await ctx.audit('indicators.rule.add', 'indicator_rule', `${year}/${input.code}`, undefined, input);
  return getForm(ctx, year);
}

export async function patchRule(
  ctx: IndCtx,
  year: number,
  code: string,
  patch: z.infer<typeof rulePatchSchema>,
) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, year);
  const before = form.rules.find((r) => r.code === code);
  if (!before) throw notFound('indicators.rule', `${year}/${code}`);
  if (patch.left !== undefined) checkExpression(form, patch.left, 'body.left');
  if (patch.right !== undefined) checkExpression(form, patch.right, 'body.right');
  await updateRule(ctx.db, year, code, patch);
  await ctx.audit('indicators.rule.update', 'indicator_rule', `${year}/${code}`, before, {
    ...before,
    ...patch,
  });
  return getForm(ctx, year);
}

/** A new year's form starts as a copy of an earlier one (the earlier year keeps its own form). */
export async function createForm(ctx: IndCtx, input: z.infer<typeof newFormSchema>) {
  authorize(ctx.actor, 'ind.admin');
  if (input.dueOn < input.opensOn)
    throw validationError(
      'validation.failed',
      [
        {
          code: 'custom',
          path: ['dueOn'],
          message: 'the due date is before the opening date',
          input: input.dueOn,
        },
      ] as never,
      'body',
    );
  if (await loadForm(ctx.db, input.year))
    throw new DomainError('indicators.form_exists', `a ${input.year} form already exists`);
  const from = await getForm(ctx, input.copyFrom);
  const form: FormDefinition = {
    ...from,
    year: input.year,
    title: from.title.replace(String(input.copyFrom), String(input.year)),
  };
  await installForm(ctx.db, form, { opensOn: input.opensOn, dueOn: input.dueOn });
  await ctx.audit('indicators.form.create', 'indicator_form', input.year, undefined, {
    copyFrom: input.copyFrom,
    items: form.items.length,
  });
  return getForm(ctx, input.year);
}
