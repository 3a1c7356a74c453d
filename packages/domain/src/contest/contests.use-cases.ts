// Contests: created by the office (window, mode, eligibility, cap, draw rules and scoring as data), listed for the
// public while open, their participation by district, the leaderboard counted from the database, and the review of
// anti-cheat flags (a decision with a note, audited; a score is never changed by a flag alone).
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { BoardKind, FlagDecision } from './contest.codes.ts';
import type { ContestContext } from './contest.ports.ts';
import type { ContestBody } from './contest.schemas.ts';

export async function listContests(ctx: ContestContext) {
  authorize(ctx.actor, 'contest.read');
  return ctx.stores.contest.listContests();
}

export async function createContest(ctx: ContestContext, body: ContestBody) {
  authorize(ctx.actor, 'contest.manage');
  if (!(await ctx.stores.areas.find(body.areaCode)))
    throw fieldError('body.areaCode', 'contest.area_unknown', `no area ${body.areaCode}`);
  const c = await ctx.stores.contest.insertContest(body);
  await ctx.audit.write({ action: 'contest.create', entity: 'contest', entityId: c.id, after: c });
  return c;
}

/** Contests open now or opening later, for the public list, each with the areas a player picks from (its own and
 *  the areas one level below). */
export async function publicContests(ctx: ContestContext) {
  const now = ctx.clock.now().toISOString();
  const [contests, areas] = await Promise.all([ctx.stores.contest.listContests(), ctx.stores.areas.list()]);
  return contests
    .filter((c) => c.closesAt > now)
    .map((contest) => ({
      contest,
      areas: areas
        .filter((a) => a.code === contest.areaCode || a.parentCode === contest.areaCode)
        .map((a) => ({ code: a.code, name: a.name })),
    }));
}

export async function contestDetail(ctx: ContestContext, id: number) {
  authorize(ctx.actor, 'contest.read');
  const contest = await ctx.stores.contest.getContest(id);
  if (!contest) throw notFound('contest', id);
  const [flags, participation, areas] = await Promise.all([
    ctx.stores.contest.listFlags(id),
    ctx.stores.contest.participation(id),
    ctx.stores.areas.list(),
  ]);
  const names = new Map(areas.map((a) => [a.code, a.name]));
  return {
    contest,
    flags,
    participation: participation.map((p) => ({ ...p, districtName: names.get(p.district) ?? p.district })),
  };
}

/** The leaderboard as the database counts it (the live layer is rebuilt from this). */
export async function recountBoard(ctx: ContestContext, id: number, by: BoardKind, limit = 50) {
  return ctx.stores.contest.recount(id, by, limit);
}

export async function decideFlag(ctx: ContestContext, id: number, decision: FlagDecision, note: string) {
  authorize(ctx.actor, 'contest.manage');
  const f = await ctx.stores.contest.getFlag(id);
  if (!f) throw notFound('contest.flag', id);
  const at = ctx.clock.now().toISOString();
  await ctx.stores.contest.decideFlag(id, decision, note, ctx.actor?.username ?? 'system', at);
  await ctx.audit.write({
    action: 'contest.flag.decide',
    entity: 'contest_flag',
    entityId: id,
    before: { decision: f.decision },
    after: { decision, note },
  });
  return { ...f, decision, note };
}
