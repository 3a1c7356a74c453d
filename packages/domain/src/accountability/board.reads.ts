// The board, roll-up, scorecards and year summary as one reader may see them (a district admin: its area's units).
import { authorize } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import { readableSnapshot, visibleUnitsFor } from './acc.policy.ts';
import type { AccContext } from './acc.ports.ts';
import type { CellState } from './acc.types.ts';
import { boardWithFigures } from './board-figures.view.ts';
import { rollUp } from './rollup.view.ts';
import { unitScorecards } from './scorecards.view.ts';
import { yearSummary } from './summary.view.ts';

const boardReader = (ctx: AccContext) => authorize(ctx.actor, 'acc.board.read');
/** The plan's (or a year's) reports as the reader may see them: without other units' drafts. */
const snapshotFor = async (ctx: AccContext, only: { year?: number; round?: number }) =>
  readableSnapshot(ctx.actor, await ctx.stores.acc.snapshot(ctx.plan.plan.id, only));

export interface BoardQuery {
  group?: number;
  unit?: number;
  area?: string;
  state?: CellState;
}

/** The supervision board of a round with its rolled-up figures, filtered and limited to the units the reader sees. */
export async function boardView(ctx: AccContext, roundId: number, filter: BoardQuery = {}) {
  boardReader(ctx);
  const s = await snapshotFor(ctx, { round: roundId });
  return boardWithFigures(ctx.plan, s, roundId, filter, visibleUnitsFor(ctx.actor, s), ctx.clock.today());
}

/** A round's roll-up (plan ← groups ← tasks ← work items) with the weights; every signed-in reader sees it. */
export async function rollUpView(ctx: AccContext, roundId: number) {
  const roll = rollUp(ctx.plan, await snapshotFor(ctx, { round: roundId }), roundId);
  if (!roll) throw new DomainError('acc.round.not_found', `round ${roundId} not found`, { id: roundId });
  return roll;
}

/** Each unit's scorecard for a year, for the units the reader sees. */
export async function scorecardsView(ctx: AccContext, year: number) {
  boardReader(ctx);
  const s = await snapshotFor(ctx, { year });
  return unitScorecards(ctx.plan, s, year, ctx.clock.today(), visibleUnitsFor(ctx.actor, s));
}

/** The year's implementation summary, for the units the reader sees. */
export async function summaryView(ctx: AccContext, year: number) {
  boardReader(ctx);
  const s = await snapshotFor(ctx, { year });
  return yearSummary(ctx.plan, s, year, ctx.clock.today(), visibleUnitsFor(ctx.actor, s));
}
