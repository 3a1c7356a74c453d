// Contests: created by the office (window, mode, eligibility, cap, draw rules and scoring as data), listed for the
// public while open, their participation by district, the leaderboard counted from the database, and the review of
// anti-cheat flags (a decision with a note, audited; a score is never changed by a flag alone).
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
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

/** JSON with object keys sorted (the database's jsonb keeps its own key order). */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/** What decides a paper: fixed once a player has started one (the papers drawn must stay comparable). */
const paperFields = [
  'mode',
  'opensAt',
  'timeLimit',
  'areaCode',
  'targetGroups',
  'rules',
  'scoring',
  'teamMode',
] as const;

export async function updateContest(ctx: ContestContext, id: number, body: ContestBody) {
  authorize(ctx.actor, 'contest.manage');
  const before = await ctx.stores.contest.getContest(id);
  if (!before) throw notFound('contest', id);
  if (!(await ctx.stores.areas.find(body.areaCode)))
    throw fieldError('body.areaCode', 'contest.area_unknown', `no area ${body.areaCode}`);
  const same = (k: (typeof paperFields)[number]) =>
    k === 'opensAt'
      ? Date.parse(before.opensAt) === Date.parse(body.opensAt)
      : canonical(before[k]) === canonical(body[k]);
  const changed = paperFields.filter((k) => !same(k));
  if (changed.length && (await ctx.stores.contest.startedAttempts(id)) > 0)
    throw new DomainError(
      'contest.started_conflict',
      'papers were drawn: only the title, end and cap may change',
      {
        fields: changed.join(', '),
      },
    );
  const c = await ctx.stores.contest.updateContest(id, body);
  await ctx.audit.write({ action: 'contest.update', entity: 'contest', entityId: id, before, after: c });
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
  const [flags, participation, results, areas] = await Promise.all([
    ctx.stores.contest.listFlags(id),
    ctx.stores.contest.participation(id),
    ctx.stores.contest.results(id),
    ctx.stores.areas.list(),
  ]);
  const names = new Map(areas.map((a) => [a.code, a.name]));
  return {
    contest,
    areaName: names.get(contest.areaCode) ?? contest.areaCode,
    results,
    flags,
    participation: byDistrict(contest.areaCode, areas, participation),
  };
}

type Participation = Awaited<ReturnType<ContestContext['stores']['contest']['participation']>>[number];

/** Every district under the contest's area, those without a paper at 0 (so a silent district shows), then any
 *  other area a paper came from. */
function byDistrict(
  root: string,
  areas: { code: string; name: string; parentCode: string | null }[],
  rows: Participation[],
) {
  const names = new Map(areas.map((a) => [a.code, a.name]));
  const got = new Map(rows.map((r) => [r.district, r]));
  const districts = areas.filter((a) => a.parentCode === root).map((a) => a.code);
  const codes = [...districts, ...rows.map((r) => r.district).filter((d) => !districts.includes(d))];
  return codes.map((district) => ({
    ...(got.get(district) ?? { district, players: 0, attempts: 0, meanScore: 0 }),
    districtName: names.get(district) ?? district,
  }));
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
