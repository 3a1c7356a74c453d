// The hour record's states: entered (checked in, not out) → pending → approved | declined; void from any state
// but void, with a reason. A record is never deleted.
import type { HourState } from './vol.codes.ts';

export const hourMoves = {
  submit: { from: ['entered'], to: 'pending' },
  approve: { from: ['pending'], to: 'approved' },
  decline: { from: ['pending'], to: 'declined' },
  void: { from: ['entered', 'pending', 'approved', 'declined'], to: 'void' },
} as const satisfies Record<string, { from: readonly HourState[]; to: HourState }>;
export type HourMove = keyof typeof hourMoves;

/** The state a move leads to, or null when the move is not allowed from this state. */
export function nextHourState(from: HourState, move: HourMove): HourState | null {
  const m = hourMoves[move];
  return (m.from as readonly HourState[]).includes(from) ? m.to : null;
}
