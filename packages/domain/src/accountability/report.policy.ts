// The filing rules every screen and use-case shares: a unit's closing date, the window, what is editable, who may act.
import { can } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import type { PlanBundle, TaskRecord } from '../plan-model/plan-bundle.ts';
import { mayReview } from './acc.policy.ts';
import type { AccExtension, AccRound, ReportState } from './acc.types.ts';

export type RoundPhase = 'upcoming' | 'open' | 'closed';

/** The last day a unit may file in a round: the round's closing date, or the unit's later extension. */
export function closingDate(round: AccRound, extension?: Pick<AccExtension, 'closesOn'> | null): string {
  return extension && extension.closesOn > round.closesOn ? extension.closesOn : round.closesOn;
}

/** Before the opening date, between it and the closing date (inclusive), or after. */
export function roundPhase(round: AccRound, today: string, closesOn: string = round.closesOn): RoundPhase {
  return today < round.opensOn ? 'upcoming' : today <= closesOn ? 'open' : 'closed';
}

/** A report the unit may still change: none yet, a draft, or returned. Submitted and accepted ones are locked. */
export const isEditable = (state: ReportState | null) =>
  state === null || state === 'draft' || state === 'returned';

/** What a reader may do with a cell (a report or the empty place one would fill); the web app shows only these. */
export interface CellAbilities {
  /** create or save the report (the unit's liaison or the office, while editable and the window is open) */
  edit: boolean;
  /** submit the saved report */
  submit: boolean;
  /** add evidence files (editable; the window does not limit evidence on a report, but the first file of a cell
   *  with no report yet starts the draft, so it needs the window open) */
  attach: boolean;
  /** remove an evidence file: only while the report is a draft (never after it was submitted) */
  detach: boolean;
  /** accept or return a submitted report */
  review: boolean;
  /** reopen an accepted report (office) */
  reopen: boolean;
}

export function cellAbilities(
  actor: Actor | null,
  plan: PlanBundle,
  task: TaskRecord,
  unitId: number,
  state: ReportState | null,
  windowOpen: boolean,
): CellAbilities {
  const files = can(actor, 'acc.file', unitId) && isEditable(state);
  return {
    edit: files && windowOpen,
    submit: files && windowOpen && state !== null,
    attach: files && (state !== null || windowOpen),
    detach: files && state === 'draft',
    review: state === 'submitted' && mayReview(actor, plan, task, unitId),
    reopen: state === 'accepted' && can(actor, 'acc.manage'),
  };
}
