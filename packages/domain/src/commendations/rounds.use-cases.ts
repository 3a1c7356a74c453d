// A commendation round per year: created by the office with the categories' thresholds (the defaults, editable until
// nominations close), then closed for review, decided (document number and date; the passed nominations become the
// approved list) and published. Every move is logged and audited; a move from the wrong state is a 409 naming it.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { inScope } from './candidates.use-cases.ts';
import { defaultThresholds, nextState, type RoundMove, roundMoves, type Thresholds } from './cmd.codes.ts';
import type { CmdContext } from './cmd.ports.ts';
import type { RoundRecord } from './cmd.records.ts';
import type { RoundBody } from './cmd.schemas.ts';

const by = (ctx: CmdContext) => ctx.actor?.username ?? 'system';

export async function listRounds(ctx: CmdContext) {
  authorize(ctx.actor, 'cmd.read');
  return ctx.stores.cmd.listRounds();
}

export async function findRound(ctx: CmdContext, id: number): Promise<RoundRecord> {
  const r = await ctx.stores.cmd.getRound(id);
  if (!r) throw notFound('cmd.round', id);
  return r;
}

export const roundConflict = (r: RoundRecord, move: string) =>
  new DomainError('cmd.round.state_conflict', `round ${r.id} is ${r.state}: cannot ${move}`, {
    id: r.id,
    state: r.state,
    move,
  });

export async function createRound(ctx: CmdContext, body: RoundBody) {
  authorize(ctx.actor, 'cmd.manage');
  if (await ctx.stores.cmd.roundOfYear(body.year))
    throw fieldError('body.year', 'cmd.round.year_exists', `a round of ${body.year} exists`, {
      year: body.year,
    });
  const r = await ctx.stores.cmd.insertRound(
    {
      year: body.year,
      title: body.title,
      periodFrom: body.periodFrom ?? `${body.year}-01-01`,
      periodTo: body.periodTo ?? `${body.year}-12-31`,
      thresholds: body.thresholds ?? defaultThresholds,
    },
    ctx.clock.now().toISOString(),
  );
  await ctx.audit.write({
    action: 'cmd.round.create',
    entity: 'cmd_round',
    entityId: r.id,
    after: { year: r.year, title: r.title },
  });
  return r;
}

/** The office edits a round's thresholds while nominations are open. */
export async function setThresholds(ctx: CmdContext, id: number, thresholds: Thresholds) {
  authorize(ctx.actor, 'cmd.manage');
  const r = await findRound(ctx, id);
  if (r.state !== 'nominating') throw roundConflict(r, 'thresholds');
  await ctx.stores.cmd.setThresholds(id, thresholds);
  await ctx.audit.write({
    action: 'cmd.round.thresholds',
    entity: 'cmd_round',
    entityId: id,
    before: r.thresholds,
    after: thresholds,
  });
  return findRound(ctx, id);
}

export async function moveRound(
  ctx: CmdContext,
  id: number,
  m: { move: RoundMove; decisionNumber: string; decisionDate?: string | undefined },
) {
  authorize(ctx.actor, 'cmd.manage');
  const r = await findRound(ctx, id);
  const to = nextState(roundMoves, r.state, m.move);
  if (!to) throw roundConflict(r, m.move);
  const at = ctx.clock.now().toISOString();
  if (m.move === 'decide') {
    const passed = (await ctx.stores.cmd.listNominations(id)).filter((n) => n.state === 'passed');
    if (!passed.length)
      throw new DomainError('cmd.round.none_passed_conflict', 'no nomination has passed the review', { id });
    for (const n of passed) {
      await ctx.stores.cmd.updateNomination(n.id, { state: 'approved' });
      await ctx.stores.cmd.insertEvent({
        entity: 'nomination',
        entityId: n.id,
        move: 'decide',
        fromState: n.state,
        toState: 'approved',
        comment: m.decisionNumber,
        by: by(ctx),
        at,
      });
      await ctx.audit.write({
        action: 'cmd.nomination.move',
        entity: 'cmd_nomination',
        entityId: n.id,
        before: { state: n.state },
        after: { state: 'approved', decisionNumber: m.decisionNumber },
      });
    }
  }
  await ctx.stores.cmd.setRoundState(id, to, {
    ...(m.move === 'decide' && { decisionNumber: m.decisionNumber, decisionDate: m.decisionDate }),
    ...(m.move === 'publish' && { publishedAt: at }),
  });
  await ctx.stores.cmd.insertEvent({
    entity: 'round',
    entityId: id,
    move: m.move,
    fromState: r.state,
    toState: to,
    comment: m.move === 'decide' ? `${m.decisionNumber} ${m.decisionDate}` : '',
    by: by(ctx),
    at,
  });
  await ctx.audit.write({
    action: 'cmd.round.move',
    entity: 'cmd_round',
    entityId: id,
    before: { state: r.state },
    after: {
      state: to,
      ...(m.move === 'decide' && { decisionNumber: m.decisionNumber, decisionDate: m.decisionDate }),
    },
  });
  return findRound(ctx, id);
}

/** A round with the nominations the reader sees (all for the office and viewers) and the logged moves. */
export async function roundDetail(ctx: CmdContext, id: number) {
  authorize(ctx.actor, 'cmd.read');
  const round = await findRound(ctx, id);
  const all = await ctx.stores.cmd.listNominations(id);
  const nominations = [];
  for (const n of all) if (await inScope(ctx, n)) nominations.push(n);
  const events = [
    ...(await ctx.stores.cmd.events('round', [id])),
    ...(await ctx.stores.cmd.events(
      'nomination',
      nominations.map((n) => n.id),
    )),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return { round, nominations, events };
}
