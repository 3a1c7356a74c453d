// Targets and progress, the office's status overrides with a written reason, and the literacy values with their source.
import { authorize } from '../auth/policy.ts';
import { homeArea, jurisdictionArea } from './analysis.use-cases.ts';
import { missing } from './form.use-cases.ts';
import type { IndContext } from './ind.ports.ts';
import type { IndKpiValueView, IndTargetsView } from './ind.views.ts';
import type { KpiInput, OverrideStatusInput } from './registers.schemas.ts';
import { observedSeries, targetsProgress } from './targets.view.ts';

const by = (ctx: IndContext) => ctx.actor?.username ?? 'system';

export async function targetsWithProgress(ctx: IndContext): Promise<IndTargetsView> {
  const ind = ctx.stores.ind;
  const areas = await ind.listAreas();
  // the request's jurisdiction (issue 13); outside a request, the store's
  const root = ctx.jurisdiction ?? homeArea(areas)?.code ?? '';
  const [targets, kpi, urbanRural, spread, share] = await Promise.all([
    ind.listTargets(),
    ind.listKpiValues('K_LITERACY'),
    ind.listKpiValues('K_URBAN_RURAL_GAP'),
    ind.listKpiValues('K_DISTRICT_SPREAD'),
    ind.counsellorShare(root),
  ]);
  const year = Number(ctx.clock.today().slice(0, 4));
  const series = observedSeries(kpi, areas, share, root, year, [...urbanRural, ...spread]);
  return targetsProgress(targets, series, share, areas, year);
}

export async function overrideStatus(
  ctx: IndContext,
  code: string,
  year: number,
  input: OverrideStatusInput,
) {
  authorize(ctx.actor, 'ind.admin');
  const t = (await ctx.stores.ind.listTargets()).find((x) => x.code === code);
  if (!t) throw missing('indicators.target', code, { target: code });
  if (!t.targets.some((x) => x.year === year))
    throw missing('indicators.target_year', `${code}/${year}`, { target: code, year });
  const before = t.overrides.find((o) => o.targetYear === year) ?? null;
  await ctx.stores.ind.setOverride({
    code,
    targetYear: year,
    status: input.status,
    reason: input.reason,
    by: by(ctx),
  });
  await ctx.audit.write({
    action: 'indicators.target.override',
    entity: 'indicator_target',
    entityId: `${code}/${year}`,
    before,
    after: input,
  });
  return targetsWithProgress(ctx);
}

/** The literacy values (the gap values a survey run stores beside them show on the targets, with their intervals). */
export const kpiValues = (ctx: IndContext): Promise<IndKpiValueView[]> =>
  ctx.stores.ind.listKpiValues('K_LITERACY');

export async function addKpiValue(ctx: IndContext, input: KpiInput): Promise<IndKpiValueView[]> {
  authorize(ctx.actor, 'ind.admin');
  await jurisdictionArea(ctx, input.areaCode, 'body.areaCode');
  await ctx.stores.ind.upsertKpiValue({ ...input }, by(ctx));
  await ctx.audit.write({
    action: 'indicators.kpi.set',
    entity: 'indicator_kpi',
    entityId: `${input.code}/${input.year}/${input.areaCode}/${input.option}`,
    after: input,
  });
  return ctx.stores.ind.listKpiValues(input.code);
}

/** Removes a wrongly entered literacy value (the office); the progress series is recomputed from what is left. */
export async function removeKpiValue(ctx: IndContext, id: number): Promise<IndKpiValueView[]> {
  authorize(ctx.actor, 'ind.admin');
  const before = await ctx.stores.ind.findKpiValue(id);
  if (!before) throw missing('indicators.kpi', id);
  await ctx.stores.ind.deleteKpiValue(id);
  await ctx.audit.write({
    action: 'indicators.kpi.delete',
    entity: 'indicator_kpi',
    entityId: `${before.code}/${before.year}/${before.areaCode}/${before.option}`,
    before,
  });
  return ctx.stores.ind.listKpiValues('K_LITERACY');
}
