// Experts: the pools, the directory with filters (pool, topic, area), creation with the expert's consent (a random key
// opens their own page), edits, the audited read of personal fields, and the list of available experts by topic that
// other capabilities (the content review) use to pick people.
import { authorize, can } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { ExpertTopic } from './exp.codes.ts';
import type { ExpContext, ExpertQuery } from './exp.ports.ts';
import type { ExpertArea, ExpertInput, ExpertRecord } from './exp.records.ts';
import type { ExpertBody, ExpertPatch } from './exp.schemas.ts';

const by = (ctx: ExpContext) => ctx.actor?.username ?? 'system';
export const expertScope = (e: { areas: ExpertArea[] }) =>
  e.areas.map((a) => ({ code: a.code, path: a.path }));

export async function listPools(ctx: ExpContext) {
  authorize(ctx.actor, 'exp.read');
  return ctx.stores.exp.listPools();
}

export async function createPool(ctx: ExpContext, p: { code: string; name: string; nameEn: string }) {
  authorize(ctx.actor, 'exp.pools');
  if ((await ctx.stores.exp.listPools()).some((x) => x.code === p.code))
    throw fieldError('body.code', 'exp.pool_code_taken', `a pool ${p.code} exists`);
  const pool = await ctx.stores.exp.insertPool(p);
  await ctx.audit.write({ action: 'exp.pool.create', entity: 'exp_pool', entityId: pool.id, after: p });
  return pool;
}

/** The areas named exist; answered with their paths (for the scope check). */
async function areasOf(ctx: ExpContext, codes: string[]): Promise<ExpertArea[]> {
  const out: ExpertArea[] = [];
  for (const [i, code] of codes.entries()) {
    const a = await ctx.stores.areas.find(code);
    if (!a) throw fieldError(`body.areaCodes.${i}`, 'exp.area_unknown', `no area ${code}`);
    out.push({ code: a.code, name: a.name, path: a.path });
  }
  return out;
}

async function checkPools(ctx: ExpContext, ids: number[]) {
  const pools = await ctx.stores.exp.listPools();
  const i = ids.findIndex((id) => !pools.some((p) => p.id === id));
  if (i >= 0) throw fieldError(`body.poolIds.${i}`, 'exp.pool_unknown', `no pool ${ids[i]}`);
}

export async function createExpert(ctx: ExpContext, body: ExpertBody) {
  const areas = await areasOf(ctx, body.areaCodes);
  authorize(ctx.actor, 'exp.manage', expertScope({ areas }));
  await checkPools(ctx, body.poolIds);
  const { consent: _, ...input } = body;
  const e = { ...input, areaCodes: [...new Set(input.areaCodes)], poolIds: [...new Set(input.poolIds)] };
  const { id, token } = await ctx.stores.exp.insertExpert(e, by(ctx), ctx.clock.now().toISOString());
  await ctx.audit.write({
    action: 'exp.expert.create',
    entity: 'exp_expert',
    entityId: id,
    after: { topics: e.topics, areaCodes: e.areaCodes, poolIds: e.poolIds, publicDisplay: e.publicDisplay },
  });
  return { id, token };
}

/** The expert, refused unless the actor manages them (the office; a district admin for an area served in its own). */
export async function managedExpert(ctx: ExpContext, id: number, path = 'params.id'): Promise<ExpertRecord> {
  const e = await ctx.stores.exp.getExpert(id);
  if (!e || e.status === 'erased') {
    if (path === 'params.id') throw new DomainError('exp.expert.not_found', `no expert ${id}`);
    throw fieldError(path, 'exp.expert_unknown', `no expert ${id}`);
  }
  authorize(ctx.actor, 'exp.manage', expertScope(e));
  return e;
}

const inputOf = (e: ExpertRecord): ExpertInput => ({
  name: e.name,
  gender: e.gender,
  title: e.title,
  organisation: e.organisation,
  fields: e.fields,
  topics: e.topics,
  areaCodes: e.areas.map((a) => a.code),
  languages: e.languages,
  available: e.available,
  availability: e.availability,
  phone: e.phone,
  publicDisplay: e.publicDisplay,
  poolIds: e.poolIds,
});

export async function updateExpert(ctx: ExpContext, id: number, patch: ExpertPatch) {
  const e = await managedExpert(ctx, id);
  const next = {
    ...inputOf(e),
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  // the new areas must still be the actor's to manage: a district admin cannot hand an expert away
  if (patch.areaCodes)
    authorize(ctx.actor, 'exp.manage', expertScope({ areas: await areasOf(ctx, next.areaCodes) }));
  if (patch.poolIds) await checkPools(ctx, next.poolIds);
  await ctx.stores.exp.updateExpert(id, next);
  const changed = Object.keys(patch).filter((k) => patch[k as keyof ExpertPatch] !== undefined);
  await ctx.audit.write({
    action: 'exp.expert.update',
    entity: 'exp_expert',
    entityId: id,
    // personal fields are named, not copied into the log
    after: { fields: changed },
  });
  return (await ctx.stores.exp.getExpert(id)) as ExpertRecord;
}

/** A new key for an expert who lost theirs: the old link stops working. */
export async function renewExpertCode(ctx: ExpContext, id: number) {
  await managedExpert(ctx, id);
  const token = await ctx.stores.exp.renewToken(id);
  await ctx.audit.write({ action: 'exp.expert.renew_code', entity: 'exp_expert', entityId: id });
  return { id, token };
}

/** The staff directory, filtered by pool, topic and area (an area includes the experts serving below it). */
export async function listExperts(ctx: ExpContext, q: { pool?: number; topic?: ExpertTopic; area?: string }) {
  authorize(ctx.actor, 'exp.read');
  const list = await ctx.stores.exp.listExperts({
    ...(q.pool && { poolId: q.pool }),
    ...(q.topic && { topic: q.topic }),
    ...(q.area && { areaCode: q.area }),
  });
  return list.map((e) => ({ expert: e, manage: can(ctx.actor, 'exp.manage', expertScope(e)) }));
}

/** One expert with their invitations and service records (phone masked by the presenter). */
export async function expertDetail(ctx: ExpContext, id: number) {
  authorize(ctx.actor, 'exp.read');
  const e = await ctx.stores.exp.getExpert(id);
  if (!e || e.status === 'erased') throw new DomainError('exp.expert.not_found', `no expert ${id}`);
  const [invitations, services] = await Promise.all([
    ctx.stores.exp.listInvitations({ expertId: id }),
    ctx.stores.exp.listServices({ expertId: id }),
  ]);
  return { expert: e, invitations, services, manage: can(ctx.actor, 'exp.manage', expertScope(e)) };
}

/** The expert's phone in full: one audited read (also from the emergency roster). */
export async function readExpertPersonal(ctx: ExpContext, id: number) {
  const e = await managedExpert(ctx, id);
  await ctx.audit.write({ action: 'exp.expert.read_personal', entity: 'exp_expert', entityId: id });
  return { id: e.id, name: e.name, phone: e.phone };
}

/**
 * Experts available for a topic (and a pool, an area), for other capabilities to pick from: the content review calls
 * it for reviewers. Those who asked for deletion are left out. The caller has authorised its own action.
 */
export async function availableExperts(
  ctx: ExpContext,
  q: { topic: ExpertTopic; pool?: string; area?: string },
) {
  const query: ExpertQuery = {
    topic: q.topic,
    available: true,
    ...(q.pool && { poolCode: q.pool }),
    ...(q.area && { areaCode: q.area }),
  };
  return (await ctx.stores.exp.listExperts(query)).filter((e) => e.status === 'active');
}

/** Experts who consented to public display, for the public list (names masked by the presenter). */
export async function publicExperts(ctx: ExpContext) {
  const [list, pools] = await Promise.all([ctx.stores.exp.listExperts({}), ctx.stores.exp.listPools()]);
  return {
    pools,
    experts: list.filter((e) => e.status === 'active' && e.publicDisplay),
  };
}
