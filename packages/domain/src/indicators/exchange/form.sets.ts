// The form of a year as three exchanged data sets: its items, its rules and its computed indicators (by code).
import { z } from 'zod';
import { isDomainError } from '../../errors.ts';
import { getIndForm } from '../form.use-cases.ts';
import { codesOf, parseExpression } from '../ind.expression.ts';
import type { IndContext } from '../ind.ports.ts';
import {
  aggregations,
  computedSchema,
  type FormDefinition,
  groupCodes,
  measures,
  ruleSchema,
  valueTypes,
} from '../ind.types.ts';
import type { Bad, DataSet } from './exchange.engine.ts';

const formOf = (ctx: IndContext, year: number | null) => getIndForm(ctx, year ?? 0);

/** Each expression may name only items of the form (and POP when `pop`). */
function checkExpr(form: FormDefinition, text: string, index: number, column: string, bad: Bad, pop = false) {
  try {
    const known = new Set(form.items.map((i) => i.code));
    for (const c of codesOf(parseExpression(text, column)))
      if (!known.has(c) && !(pop && c === 'POP'))
        bad(index, column, 'ind.form.unknown_item', `no item ${c} on the ${form.year} form`, {
          item: c,
          year: form.year,
        });
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const { position } = e.details as { position?: number };
    bad(index, column, 'ind.expression.invalid', e.message, { text, ...(position ? { position } : {}) });
  }
}

const code = z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'a code is upper-case letters, digits and _');
const itemRow = z.strictObject({
  code,
  group: z.enum(groupCodes),
  zh: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
  valueType: z.enum(valueTypes),
  aggregation: z.enum(aggregations),
  measure: z.enum(measures).default('flow'),
  unit: z.string().max(20).default(''),
  breakdown: z.string().nullable().default(null),
  parent: code.nullable().default(null),
  position: z.number().int().min(1).max(10_000),
  active: z.boolean().default(true),
});
type ItemRow = z.infer<typeof itemRow>;
/** Changing these on an item that may already hold values would change what the stored figures mean. */
const fixed = ['group', 'valueType', 'aggregation', 'breakdown'] as const;

export const itemsSet: DataSet<ItemRow> = {
  name: 'items',
  yearly: true,
  replaces: false,
  columns: {
    code: 'text',
    group: 'text',
    zh: 'text',
    en: 'text',
    valueType: 'text',
    aggregation: 'text',
    measure: 'text',
    unit: 'text',
    breakdown: 'ntext',
    parent: 'ntext',
    position: 'int',
    active: 'bool',
  },
  row: itemRow,
  key: (r) => r.code,
  async current(ctx, year) {
    return (await formOf(ctx, year)).items.map((i, k) => ({
      code: i.code,
      group: i.group,
      zh: i.zh,
      en: i.en,
      valueType: i.valueType,
      aggregation: i.aggregation,
      measure: i.measure,
      unit: i.unit,
      breakdown: i.breakdown,
      parent: i.parent,
      position: k + 1,
      active: !i.retired,
    }));
  },
  async check(ctx, rows, year, bad, current) {
    const form = await formOf(ctx, year);
    const codes = new Set([...current.map((i) => i.code), ...rows.map((r) => r.code)]);
    const old = new Map(current.map((i) => [i.code, i]));
    for (const [k, r] of rows.entries()) {
      if (r.breakdown && !form.breakdowns.some((b) => b.code === r.breakdown))
        bad(k, 'breakdown', 'ind.form.unknown_breakdown', `no breakdown ${r.breakdown}`, {
          breakdown: r.breakdown,
        });
      if (r.parent && !codes.has(r.parent))
        bad(k, 'parent', 'ind.form.unknown_item', `no item ${r.parent} on the ${form.year} form`, {
          item: r.parent,
          year: form.year,
        });
      if (r.parent === r.code)
        bad(k, 'parent', 'ind.form.own_parent', 'an item cannot be its own parent', { item: r.code });
      const before = old.get(r.code);
      for (const f of fixed)
        if (before && before[f] !== r[f])
          bad(
            k,
            f,
            'ind.form.fixed_field',
            `${r.code}'s ${f} is ${before[f] ?? 'empty'}; it cannot change (retire the item, add a new code)`,
            { item: r.code, field: f, value: before[f] ?? '' },
          );
    }
    return undefined;
  },
  async apply(ctx, year, diff, rows) {
    const y = year ?? 0;
    let next = (await formOf(ctx, year)).items.length;
    for (const { position: _p, active, ...r } of diff.add)
      await ctx.stores.ind.insertItem(y, { ...r, retired: !active }, ++next);
    for (const { after: r } of diff.update)
      await ctx.stores.ind.updateItem(y, r.code, {
        zh: r.zh,
        en: r.en,
        unit: r.unit,
        measure: r.measure,
        parent: r.parent,
        retired: !r.active,
      });
    const order = [...rows].sort((a, b) => a.position - b.position).map((r) => r.code);
    await ctx.stores.ind.reorderItems(y, order);
  },
};

type RuleRow = Omit<z.infer<typeof ruleSchema>, 'retired'> & { active: boolean };
export const rulesSet: DataSet<RuleRow> = {
  name: 'rules',
  yearly: true,
  replaces: true,
  columns: {
    code: 'text',
    left: 'text',
    op: 'text',
    right: 'text',
    severity: 'text',
    zh: 'text',
    en: 'text',
    active: 'bool',
  },
  row: ruleSchema.omit({ retired: true }).extend({ active: z.boolean().default(true) }),
  key: (r) => r.code,
  async current(ctx, year) {
    return (await formOf(ctx, year)).rules.map(({ retired, ...r }) => ({ ...r, active: !retired }));
  },
  async check(ctx, rows, year, bad) {
    const form = await formOf(ctx, year);
    for (const [k, r] of rows.entries()) {
      checkExpr(form, r.left, k, 'left', bad);
      checkExpr(form, r.right, k, 'right', bad);
    }
    return undefined;
  },
  async apply(ctx, year, _diff, rows) {
    await ctx.stores.ind.replaceRules(
      year ?? 0,
      rows.map(({ active, ...r }) => ({ ...r, retired: !active })),
    );
  },
};

type ComputedRow = Omit<z.infer<typeof computedSchema>, 'retired'> & { active: boolean };
export const computedSet: DataSet<ComputedRow> = {
  name: 'computed',
  yearly: true,
  replaces: true,
  columns: {
    code: 'text',
    zh: 'text',
    en: 'text',
    numerator: 'text',
    denominator: 'text',
    factor: 'number',
    unit: 'text',
    active: 'bool',
  },
  row: computedSchema.omit({ retired: true }).extend({ active: z.boolean().default(true) }),
  key: (r) => r.code,
  async current(ctx, year) {
    return (await formOf(ctx, year)).computed.map(({ retired, ...c }) => ({ ...c, active: !retired }));
  },
  async check(ctx, rows, year, bad) {
    const form = await formOf(ctx, year);
    for (const [k, r] of rows.entries()) {
      checkExpr(form, r.numerator, k, 'numerator', bad, true);
      checkExpr(form, r.denominator, k, 'denominator', bad, true);
    }
    return undefined;
  },
  async apply(ctx, year, _diff, rows) {
    await ctx.stores.ind.replaceComputed(
      year ?? 0,
      rows.map(({ active, ...c }) => ({ ...c, retired: !active })),
    );
  },
};
