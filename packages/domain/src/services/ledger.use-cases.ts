// The participation ledger's figures (activities held, participants by group and district, per 10,000 residents),
// the entries themselves, and voiding one with a reason (nothing in services is ever deleted).
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { figuresByDistrict } from './ledger.view.ts';
import { participationKinds } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';

export async function ledgerFigures(ctx: SvcContext, q: { year: number; area?: string; campaign?: number }) {
  authorize(ctx.actor, 'svc.ledger.read');
  const areas = await ctx.stores.ind.listAreas();
  const rootCode =
    q.area ??
    (ctx.actor?.role === 'district' && ctx.actor.areaCode
      ? ctx.actor.areaCode
      : (ctx.jurisdiction ?? areas.find((a) => !a.parentCode)?.code));
  const root = areas.find((a) => a.code === rootCode);
  if (!root) throw fieldError('query.area', 'svc.area_unknown', `no area ${q.area}`, { area: q.area ?? '' });
  if (
    ctx.actor?.role === 'district' &&
    ctx.actor.areaCode &&
    !(root.code === ctx.actor.areaCode || root.path.includes(ctx.actor.areaCode))
  )
    authorize(ctx.actor, 'svc.review', { area: { code: root.code, path: root.path } });
  const filter = { year: q.year, areaRoot: root.code, ...(q.campaign && { campaignId: q.campaign }) };
  const [held, sums] = await Promise.all([
    ctx.stores.svc.held(filter),
    ctx.stores.svc.participants({ ...filter, kinds: [...participationKinds] }),
  ]);
  const children = areas.filter((a) => a.parentCode === root.code).map((a) => a.code);
  const pops = await ctx.stores.ind.populationsFor([root.code, ...children], q.year);
  const populations = new Map([...pops].map(([k, v]) => [k, v.population]));
  return {
    year: q.year,
    root: { code: root.code, name: root.name },
    ...figuresByDistrict(root, areas, held, sums, populations),
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
