// Figures for the pivot, the map and the derived-figures table, computed on request from the stored values.

import {
  type AggregateRow,
  aggregate,
  completeness,
  listAreas,
  listFormYears,
  type PivotDim,
  pivotDims,
  populationsFor,
} from '@kepu/db';
import { type Computed, DomainError, evaluate, parseExpression } from '@kepu/domain';
import { z } from 'zod';
import { getForm } from './registry.service.ts';
import type { IndCtx } from './tx.ts';

const list = z
  .string()
  .max(2000)
  .transform((s) => s.split(',').filter(Boolean));

export const pivotQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  years: list.optional(),
  root: z
    .string()
    .regex(/^[0-9A-Z]{6,12}$/)
    .optional(),
  rows: list.pipe(z.array(z.enum(pivotDims)).max(3)).default(['area']),
  cols: list.pipe(z.array(z.enum(pivotDims)).max(2)).default(['item']),
  group: z.enum(['P', 'V', 'F', 'M', 'A', 'E']).optional(),
  items: list.optional(),
  deptTypes: list.optional(),
  options: list.optional(),
});

export const figureQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  figure: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,31}$/)
    .default('F0111'),
  root: z
    .string()
    .regex(/^[0-9A-Z]{6,12}$/)
    .optional(),
});

export async function rootOf(ctx: IndCtx, root?: string) {
  const areas = await listAreas(ctx.db);
  const top = root ?? areas.find((a) => a.parent_code === null)?.code;
  const node = areas.find((a) => a.code === top);
  if (!node)
    throw new DomainError('validation.failed', `query.root: no area ${root}`, {
      issues: [{ path: 'query.root', message: `no area ${root}` }],
    });
  return { node, areas };
}

export async function pivot(ctx: IndCtx, q: z.infer<typeof pivotQuerySchema>) {
  const { node, areas } = await rootOf(ctx, q.root);
  const dims = [...new Set([...q.rows, ...q.cols])] as PivotDim[];
  const years = q.years?.length ? q.years.map(Number).filter((y) => Number.isInteger(y)) : [q.year];
  const form = await getForm(ctx, q.year);
  const rows = await aggregate(ctx.db, {
    years,
    root: node.code,
    dims,
    group: q.group,
    items: q.items,
    deptTypes: q.deptTypes,
    options: q.options,
  });
  return {
    root: { code: node.code, name: node.name },
    rows: q.rows,
    cols: q.cols,
    cells: rows,
    labels: {
      area: Object.fromEntries(
        areas
          .filter((a) => a.code === node.code || a.parent_code === node.code)
          .map((a) => [a.code, { name: a.name, level: a.level }]),
      ),
      item: Object.fromEntries(
        form.items.map((i) => [
          i.code,
          { zh: i.zh, en: i.en, unit: i.unit, group: i.group, aggregation: i.aggregation },
        ]),
      ),
      option: Object.fromEntries(
        form.breakdowns.flatMap((b) => b.options.map((o) => [o.code, { zh: o.zh, en: o.en }])),
      ),
    },
  };
}

export function computeFigure(c: Computed, totals: Map<string, number>, population: number | null) {
  const valueOf = (code: string) => (code === 'POP' ? population : (totals.get(code) ?? null));
  const num = evaluate(parseExpression(c.numerator), valueOf);
  const den = evaluate(parseExpression(c.denominator), valueOf);
  return {
    value: num === null || den === null || den === 0 ? null : (num / den) * c.factor,
    numerator: num,
    denominator: den,
  };
}

/** One figure (an item or a computed indicator) for each child area of the root, the root itself, and last year. */
export async function areaFigures(ctx: IndCtx, q: z.infer<typeof figureQuerySchema>) {
  const { node, areas } = await rootOf(ctx, q.root);
  const form = await getForm(ctx, q.year);
  const item = form.items.find((i) => i.code === q.figure);
  const computed = form.computed.find((c) => c.code === q.figure);
  if (!item && !computed)
    throw new DomainError('validation.failed', `query.figure: no item or computed indicator ${q.figure}`, {
      issues: [{ path: 'query.figure', message: `unknown figure ${q.figure}` }],
    });
  const children = areas.filter((a) => a.parent_code === node.code);
  const codes = computed
    ? [
        ...new Set(
          [...parseExpression(computed.numerator), ...parseExpression(computed.denominator)].flatMap((t) =>
            t.code && t.code !== 'POP' ? [t.code] : [],
          ),
        ),
      ]
    : [q.figure];
  const years = (await listFormYears(ctx.db)).map((f) => f.year);
  const prevYear = years.includes(q.year - 1) ? q.year - 1 : null;
  const forYear = async (year: number) => {
    const [byArea, total, pops] = await Promise.all([
      aggregate(ctx.db, { years: [year], root: node.code, dims: ['area', 'item'], items: codes }),
      aggregate(ctx.db, { years: [year], root: node.code, dims: ['item'], items: codes }),
      populationsFor(ctx.db, [node.code, ...children.map((c) => c.code)], year),
    ]);
    // city-level units serve the whole city: their row has no population of its own (per-resident figures stay empty)
    const figure = (rows: AggregateRow[], code: string, direct = false) => {
      const totals = new Map(rows.map((r) => [r.item as string, r.value]));
      const pop = direct ? null : (pops.get(code) ?? null);
      if (computed) return { ...computeFigure(computed, totals, pop?.population ?? null), population: pop };
      return { value: totals.get(q.figure) ?? null, numerator: null, denominator: null, population: pop };
    };
    return {
      areas: [...children, node].map((a) => ({
        code: a.code,
        ...figure(
          byArea.filter((r) => r.area === a.code),
          a.code,
          a.code === node.code,
        ),
      })),
      total: figure(total, node.code),
    };
  };
  const [now, prev] = await Promise.all([
    forYear(q.year),
    prevYear ? forYear(prevYear) : Promise.resolve(null),
  ]);
  const yoy = (v: number | null, p: number | null | undefined) =>
    v === null || p === null || p === undefined || p === 0 ? null : ((v - p) / p) * 100;
  return {
    year: q.year,
    previousYear: prevYear,
    figure: item
      ? { code: item.code, kind: 'item' as const, zh: item.zh, en: item.en, unit: item.unit }
      : {
          code: computed?.code ?? q.figure,
          kind: 'computed' as const,
          zh: computed?.zh ?? '',
          en: computed?.en ?? '',
          unit: computed?.unit ?? '',
          formula: computed,
        },
    root: {
      code: node.code,
      name: node.name,
      ...now.total,
      previous: prev?.total.value ?? null,
      yoy: yoy(now.total.value, prev?.total.value),
    },
    areas: now.areas.map((a) => {
      const meta = areas.find((x) => x.code === a.code);
      const p = prev?.areas.find((x) => x.code === a.code)?.value;
      return {
        ...a,
        name: meta?.name ?? a.code,
        level: meta?.level ?? 'district',
        direct: a.code === node.code,
        previous: p ?? null,
        yoy: yoy(a.value, p),
      };
    }),
  };
}

export async function completenessFor(ctx: IndCtx, year: number, root?: string) {
  const { node, areas } = await rootOf(ctx, root);
  const rows = await completeness(ctx.db, year, node.code);
  const name = (code: string) => areas.find((a) => a.code === code)?.name ?? code;
  const sum = <K extends string>(keyOf: (r: (typeof rows)[number]) => K) => {
    const m = new Map<K, { expected: number; submitted: number; onTime: number; accepted: number }>();
    for (const r of rows) {
      const k = keyOf(r);
      const x = m.get(k) ?? { expected: 0, submitted: 0, onTime: 0, accepted: 0 };
      m.set(k, {
        expected: x.expected + r.expected,
        submitted: x.submitted + r.submitted,
        onTime: x.onTime + r.onTime,
        accepted: x.accepted + r.accepted,
      });
    }
    return [...m.entries()].map(([key, v]) => ({
      key,
      ...v,
      completeness: v.expected ? (v.submitted / v.expected) * 100 : null,
      timeliness: v.expected ? (v.onTime / v.expected) * 100 : null,
    }));
  };
  return {
    year,
    root: { code: node.code, name: node.name },
    byArea: sum((r) => r.area).map((x) => ({ ...x, name: name(x.key) })),
    byDeptType: sum((r) => r.deptType),
  };
}
