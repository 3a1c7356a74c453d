// Figures for the pivot, the map and the derived-figures table, computed on request from the stored values.
import { authorize } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import { fieldError, issue } from '../kernel/field-error.ts';
import { inSubtree } from '../kernel/scope.ts';
import { codesOfComputed, computeFigure, sumCompleteness, totalCompleteness, yoy } from './figures.view.ts';
import { getIndForm } from './form.use-cases.ts';
import type { IndContext } from './ind.ports.ts';
import {
  type AggregateRow,
  type FigureStage,
  type IndArea,
  type PivotDim,
  stocksAtLatest,
} from './ind.records.ts';
import type { IndCompletenessView, IndFiguresView, IndPivotView } from './ind.views.ts';
import { isDemoEstimate } from './populations.use-cases.ts';
import type { CompletenessQuery, FigureQuery, PivotQuery } from './registers.schemas.ts';

/** The jurisdiction's own area: the one of the store's areas (the jurisdiction's subtree) above all others. */
export const homeArea = (areas: IndArea[]): IndArea | undefined =>
  areas.find((a) => !areas.some((p) => p.code === a.parentCode));

/**
 * The root area (the request's jurisdiction when none is named) and every area of the jurisdiction; an unknown
 * root, or one outside the request's jurisdiction, names `query.root`.
 */
export async function rootOf(ctx: IndContext, root?: string): Promise<{ node: IndArea; areas: IndArea[] }> {
  const areas = await ctx.stores.ind.listAreas();
  const top = root ?? ctx.jurisdiction ?? homeArea(areas)?.code;
  const node = areas.find((a) => a.code === top);
  if (!node || (ctx.jurisdiction && !inSubtree(node, ctx.jurisdiction)))
    throw fieldError('query.root', 'ind.area.unknown', `no area ${root}`, { areaCode: String(root) });
  return { node, areas };
}

/** An area of the request's jurisdiction (its own or one below it); another names `field` (ind.area.unknown). */
export async function jurisdictionArea(ctx: IndContext, code: string, field: string): Promise<IndArea> {
  const area = (await ctx.stores.ind.listAreas()).find((a) => a.code === code);
  if (!area)
    throw fieldError(field, 'ind.area.unknown', `no area ${code} in this jurisdiction`, { areaCode: code });
  return area;
}

/** The stage asked for: figures not yet accepted are for the office only (other units' unpublished figures). */
function stageFor(ctx: IndContext, stage: FigureStage): FigureStage {
  if (stage !== 'accepted') authorize(ctx.actor, 'ind.figures.unaccepted');
  return stage;
}

export async function indPivot(ctx: IndContext, q: PivotQuery): Promise<IndPivotView> {
  const stage = stageFor(ctx, q.stage);
  const { node, areas } = await rootOf(ctx, q.root);
  const dims = [...new Set([...q.rows, ...q.cols])] as PivotDim[];
  const totalDims = [...new Set(q.cols)] as PivotDim[];
  const years = q.years?.length ? q.years.map(Number).filter((y) => Number.isInteger(y)) : [q.year];
  const form = await getIndForm(ctx, q.year);
  const query = {
    stage,
    years,
    root: node.code,
    group: q.group,
    items: q.items,
    deptTypes: q.deptTypes,
    options: q.options,
    stocks: 'latest' as const,
  };
  const [cells, totals] = await Promise.all([
    ctx.stores.ind.aggregate({ ...query, dims }),
    ctx.stores.ind.aggregate({ ...query, dims: totalDims }),
  ]);
  return {
    stage,
    root: { code: node.code, name: node.name, level: node.level },
    years: [...new Set(years)].sort((a, b) => a - b),
    latestStocks: {
      cells: stocksAtLatest({ ...query, dims }),
      totals: stocksAtLatest({ ...query, dims: totalDims }),
    },
    rows: q.rows,
    cols: q.cols,
    cells,
    totals,
    labels: {
      area: Object.fromEntries(
        areas
          .filter((a) => a.code === node.code || a.parentCode === node.code)
          .map((a) => [a.code, { name: a.name, level: a.level, direct: a.code === node.code }]),
      ),
      item: Object.fromEntries(
        form.items.map((i) => [
          i.code,
          {
            zh: i.zh,
            en: i.en,
            unit: i.unit,
            group: i.group,
            aggregation: i.aggregation,
            measure: i.measure,
          },
        ]),
      ),
      option: Object.fromEntries(
        form.breakdowns.flatMap((b) => b.options.map((o) => [o.code, { zh: o.zh, en: o.en }])),
      ),
    },
  };
}

/** One figure (an item or a computed indicator) for each child area of the root, the root itself, and last year. */
export async function indAreaFigures(ctx: IndContext, q: FigureQuery): Promise<IndFiguresView> {
  const stage = stageFor(ctx, q.stage);
  const ind = ctx.stores.ind;
  const { node, areas } = await rootOf(ctx, q.root);
  const form = await getIndForm(ctx, q.year);
  const item = form.items.find((i) => i.code === q.figure);
  const computed = form.computed.find((c) => c.code === q.figure);
  if (!item && !computed)
    throw new DomainError('validation.failed', `query.figure: no item or computed indicator ${q.figure}`, {
      issues: [
        issue('query.figure', 'ind.figure.unknown', `unknown figure ${q.figure}`, {
          figure: q.figure,
          year: q.year,
        }),
      ],
    });
  const children = areas.filter((a) => a.parentCode === node.code);
  const codes = computed ? codesOfComputed(computed) : [q.figure];
  const years = (await ind.listForms()).map((f) => f.year);
  const prevYear = years.includes(q.year - 1) ? q.year - 1 : null;
  const forYear = async (year: number) => {
    const [byArea, total, pops] = await Promise.all([
      ind.aggregate({ stage, years: [year], root: node.code, dims: ['area', 'item'], items: codes }),
      ind.aggregate({ stage, years: [year], root: node.code, dims: ['item'], items: codes }),
      ind.populationsFor([node.code, ...children.map((c) => c.code)], year),
    ]);
    // city-level units serve the whole city: their row has no population of its own (per-resident figures stay empty)
    const figure = (rows: AggregateRow[], code: string, direct = false) => {
      const totals = new Map(rows.map((r) => [r.item as string, r.value]));
      const stored = direct ? undefined : pops.get(code);
      const pop = stored ? { ...stored, demoEstimate: isDemoEstimate(stored.source) } : null;
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
  return {
    year: q.year,
    stage,
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

/**
 * Completeness and timeliness per child area of the root, per department type and in all, with how many reports
 * the asked stage counts (the figures beside it count the same reports).
 */
export async function indCompleteness(ctx: IndContext, q: CompletenessQuery): Promise<IndCompletenessView> {
  const stage = stageFor(ctx, q.stage);
  const { node, areas } = await rootOf(ctx, q.root);
  const rows = await ctx.stores.ind.completeness(q.year, node.code, stage);
  const name = (code: string) => areas.find((a) => a.code === code)?.name ?? code;
  return {
    year: q.year,
    stage,
    root: { code: node.code, name: node.name },
    total: totalCompleteness(rows, node.code),
    byArea: sumCompleteness(rows, (r) => r.area).map((x) => ({ ...x, name: name(x.key) })),
    byDeptType: sumCompleteness(rows, (r) => r.deptType),
  };
}
