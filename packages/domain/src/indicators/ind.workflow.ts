// Reporting workflow: who may file, review and accept a unit's annual report (permissions in auth/policy.ts), and the
// state each action leads to.
import { type AreaScope, can, type Permission } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { DomainError, forbidden } from '../errors.ts';
import type { ReportState } from './ind.types.ts';

/** A reporting unit as scope checks see it: the plan unit whose liaison files for it, and its area. */
export interface UnitScope {
  id: number;
  orgUnitId: number | null;
  area: AreaScope;
}

export type ReportAction = 'save' | 'submit' | 'return' | 'approve' | 'accept' | 'unlock';

/** A unit files only its own figures: its liaison (or the office, helping on the phone). */
export const canFile = (a: Actor | null, u: UnitScope) => can(a, 'ind.file', u);
/** The district over the unit's area reviews; the office may too. */
export const canReview = (a: Actor | null, u: UnitScope) => can(a, 'ind.review', u);
export const canRead = (a: Actor | null, u: UnitScope) => can(a, 'ind.read', u);

const moves: Record<
  ReportAction,
  { from: ReportState[]; to: ReportState; permission: Permission; whoText: string }
> = {
  save: {
    from: ['open', 'draft', 'returned'],
    to: 'draft',
    permission: 'ind.file',
    whoText: 'the unit itself',
  },
  submit: {
    from: ['open', 'draft', 'returned'],
    to: 'submitted',
    permission: 'ind.file',
    whoText: 'the unit itself',
  },
  return: {
    from: ['submitted', 'approved'],
    to: 'returned',
    permission: 'ind.review',
    whoText: 'the district over the unit or the office',
  },
  approve: {
    from: ['submitted'],
    to: 'approved',
    permission: 'ind.review',
    whoText: 'the district over the unit or the office',
  },
  accept: { from: ['approved'], to: 'accepted', permission: 'ind.accept', whoText: 'the city office' },
  // the level above the lock-holder: the office over a district's approval and over its own acceptance
  unlock: {
    from: ['approved', 'accepted'],
    to: 'returned',
    permission: 'ind.unlock',
    whoText: 'the city office',
  },
};

/** The permission a route declares for an action on a report. */
export const permissionFor = (action: ReportAction): Permission => moves[action].permission;

function allowed(action: ReportAction, state: ReportState, actor: Actor | null, unit: UnitScope): boolean {
  if (action === 'accept') return can(actor, 'ind.accept');
  if (action === 'unlock') return can(actor, 'ind.unlock', unit, state);
  return can(actor, moves[action].permission as 'ind.file' | 'ind.review', unit);
}

/** The state after `action`, or a 403 (wrong person) / 409 (wrong state) naming why. */
export function nextState(
  state: ReportState,
  action: ReportAction,
  actor: Actor | null,
  unit: UnitScope,
): ReportState {
  const m = moves[action];
  if (!allowed(action, state, actor, unit))
    throw forbidden(`only ${m.whoText} may ${action} this report`, {
      permission: m.permission,
      action,
      state,
      unitId: unit.id,
    });
  if (!m.from.includes(state)) {
    throw new DomainError('indicators.state_conflict', `a ${state} report cannot be ${pastTense[action]}`, {
      state,
      action,
      allowedFrom: m.from.join(', '),
    });
  }
  return m.to;
}

const pastTense: Record<ReportAction, string> = {
  save: 'changed',
  submit: 'submitted',
  return: 'sent back',
  approve: 'approved',
  accept: 'accepted',
  unlock: 'unlocked',
};

export const isLocked = (s: ReportState) => s === 'submitted' || s === 'approved' || s === 'accepted';
