// The participation ledger's figures (activities held, participants by group and district, per 10,000 residents),
// the entries themselves, and voiding one with a reason (nothing in services is ever deleted).
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { figuresByDistrict } from './ledger.view.ts';
import { participationKinds } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';
import type { LedgerFilter } from './svc.records.ts';

/** The area figures are read under: the one asked for, else a district admin's own, else the jurisdiction; a district
 *  admin may read another area only where they review. */
export async function figuresRoot(ctx: SvcContext, area?: string) {
  authorize(ctx.actor, 'svc.ledger.read');
  const areas = await ctx.stores.ind.listAreas();
  const rootCode =
    area ??
    (ctx.actor?.role === 'district' && ctx.actor.areaCode
      ? ctx.actor.areaCode
      : (ctx.jurisdiction ?? areas.find((a) => !a.parentCode)?.code));
  const root = areas.find((a) => a.code === rootCode);
  if (!root) throw fieldError('query.area', 'svc.area_unknown', `no area ${area}`, { area: area ?? '' });
  if (
    ctx.actor?.role === 'district' &&
    ctx.actor.areaCode &&
    !(root.code === ctx.actor.areaCode || root.path.includes(ctx.actor.areaCode))
  )
    authorize(ctx.actor, 'svc.review', { area: { code: root.code, path: root.path } });
  return { root, areas };
}

/** Activities held and participants under `filter`, by the root's districts, per 10,000 residents of `year`. */
export async function districtFigures(
  ctx: SvcContext,
  { root, areas }: Awaited<ReturnType<typeof figuresRoot>>,
  filter: LedgerFilter,
  year: number,
) {
  const [held, sums] = await Promise.all([
    ctx.stores.svc.held(filter),
    ctx.stores.svc.participants({ ...filter, kinds: [...participationKinds] }),
  ]);
  const children = areas.filter((a) => a.parentCode === root.code).map((a) => a.code);
  const pops = await ctx.stores.ind.populationsFor([root.code, ...children], year);
  const populations = new Map([...pops].map(([k, v]) => [k, v.population]));
  return figuresByDistrict(root, areas, held, sums, populations);
}

export async function ledgerFigures(ctx: SvcContext, q: { year: number; area?: string; campaign?: number }) {
  const scope = await figuresRoot(ctx, q.area);
  const filter = { year: q.year, areaRoot: scope.root.code, ...(q.campaign && { campaignId: q.campaign }) };
  return {
    year: q.year,
    root: { code: scope.root.code, name: scope.root.name },
    ...(await districtFigures(ctx, scope, filter, q.year)),
  };
}

export async function ledgerEntries(ctx: SvcContext, q: { year: number; area?: string; campaign?: number }) {
  authorize(ctx.actor, 'svc.ledger.void');
  return ctx.stores.svc.listLedger(
    { year: q.year, ...(q.area && { areaRoot: q.area }), ...(q.campaign && { campaignId: q.campaign }) },
    500,
  );
}

export async function voidLedgerEntry(ctx: SvcContext, id: number, reason: string) {
  authorize(ctx.actor, 'svc.ledger.void');
  const e = await ctx.stores.svc.getLedgerEntry(id);
  if (!e) throw notFound('svc.ledger', id);
  if (e.voidedAt) return e;
  const at = ctx.clock.now().toISOString();
  await ctx.stores.svc.voidLedger({ id }, reason, ctx.actor?.username ?? 'system', at);
  await ctx.audit.write({
    action: 'svc.ledger.void',
    entity: 'svc_ledger',
    entityId: id,
    before: e,
    after: { reason },
  });
  return { ...e, voidedAt: at, voidReason: reason };
}
