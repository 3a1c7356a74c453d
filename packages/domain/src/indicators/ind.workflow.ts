// Reporting workflow: who may file, review and accept a unit's annual report, and the state each action leads to.
import type { AreaScope } from '../auth/policy.ts';
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

const inSubtree = (a: Actor, area: AreaScope) =>
  a.areaCode !== null && (area.code === a.areaCode || area.path.includes(a.areaCode));

/** A unit files only its own figures: its liaison (or the office, helping on the phone). */
export const canFile = (a: Actor | null, u: UnitScope) =>
  !!a && (a.role === 'office' || (a.role === 'liaison' && a.unitId !== null && a.unitId === u.orgUnitId));
/** The district over the unit's area reviews; the office may too. */
export const canReview = (a: Actor | null, u: UnitScope) =>
  !!a && (a.role === 'office' || (a.role === 'district' && inSubtree(a, u.area)));
export const canRead = (a: Actor | null, u: UnitScope) =>
  !!a && (a.role === 'office' || a.role === 'viewer' || canFile(a, u) || canReview(a, u));

const moves: Record<
  ReportAction,
  { from: ReportState[]; to: ReportState; who: (a: Actor | null, u: UnitScope) => boolean; whoText: string }
> = {
  save: { from: ['open', 'draft', 'returned'], to: 'draft', who: canFile, whoText: 'the unit itself' },
  submit: { from: ['open', 'draft', 'returned'], to: 'submitted', who: canFile, whoText: 'the unit itself' },
  return: {
    from: ['submitted', 'approved'],
    to: 'returned',
    who: canReview,
    whoText: 'the district over the unit or the office',
  },
  approve: {
    from: ['submitted'],
    to: 'approved',
    who: canReview,
    whoText: 'the district over the unit or the office',
  },
  accept: {
    from: ['approved'],
    to: 'accepted',
    who: (a) => a?.role === 'office',
    whoText: 'the city office',
  },
  // the level above the lock-holder: the office over a district's approval and over its own acceptance
  unlock: {
    from: ['approved', 'accepted'],
    to: 'returned',
    who: (a) => a?.role === 'office',
    whoText: 'the city office',
  },
};

/** The state after `action`, or a 403 (wrong person) / 409 (wrong state) naming why. */
export function nextState(
  state: ReportState,
  action: ReportAction,
  actor: Actor | null,
  unit: UnitScope,
): ReportState {
  const m = moves[action];
  // a district may also take back its own approval before the city has accepted
  const allowed =
    m.who(actor, unit) || (action === 'unlock' && state === 'approved' && canReview(actor, unit));
  if (!allowed) throw forbidden(`only ${m.whoText} may ${action} this report`);
  if (!m.from.includes(state)) {
    throw new DomainError('indicators.state_conflict', `a ${state} report cannot be ${pastTense[action]}`, {
      state,
      action,
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
