// The activity's workflow as a state machine: which move goes from which state to which, and who may make it.
import { DomainError } from '../errors.ts';
import type { ActivityState } from './svc.codes.ts';

export const activityMoves = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'file' },
  approve: { from: ['submitted'], to: 'approved', by: 'review' },
  return: { from: ['submitted', 'summary_submitted'], to: 'returned', by: 'review' },
  publish: { from: ['approved'], to: 'published', by: 'file' },
  complete: { from: ['published'], to: 'completed', by: 'file' },
  summarise: { from: ['completed', 'returned'], to: 'summary_submitted', by: 'file' },
  accept: { from: ['summary_submitted'], to: 'accepted', by: 'review' },
  cancel: { from: ['draft', 'submitted', 'approved', 'published'], to: 'cancelled', by: 'file' },
} as const satisfies Record<
  string,
  { from: readonly ActivityState[]; to: ActivityState; by: 'file' | 'review' }
>;
export type ActivityMove = keyof typeof activityMoves;
export const activityMoveNames = Object.keys(activityMoves) as ActivityMove[];

/** The state a move leads to, or a 409 naming the state the activity is in and the move refused. */
export function nextState(state: ActivityState, move: ActivityMove, hasSummary: boolean): ActivityState {
  const m = activityMoves[move];
  // a returned activity goes back to review as a plan (no summary yet) or as a summary (it has one)
  const fromOk =
    (m.from as readonly ActivityState[]).includes(state) &&
    !(state === 'returned' && move === 'submit' && hasSummary) &&
    !(state === 'returned' && move === 'summarise' && !hasSummary);
  if (!fromOk)
    throw new DomainError('svc.activity.state_conflict', `an activity in state ${state} cannot ${move}`, {
      state,
      move,
    });
  return m.to;
}

/** The moves open from a state (the web app shows these as buttons). */
export const movesFrom = (state: ActivityState, hasSummary: boolean): ActivityMove[] =>
  activityMoveNames.filter((m) => {
    try {
      nextState(state, m, hasSummary);
      return true;
    } catch {
      return false;
    }
  });
