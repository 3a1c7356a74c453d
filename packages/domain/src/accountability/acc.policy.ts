// Accountability checks against auth/policy.ts: refusals in the use-case's words, and who sees which units.
import { can, type Permission } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { forbidden } from '../errors.ts';
import type { PlanBundle, TaskRecord } from '../plan-model/plan-bundle.ts';
import { leadUnitsOf } from './acc.scope.ts';
import type { AccSnapshot } from './acc.types.ts';

/** The resource arguments a permission's scope rule takes (none for a role-only permission). */
export type PermissionArgs<P extends Permission> = Parameters<typeof can<P>> extends [
  unknown,
  unknown,
  ...infer R,
]
  ? R
  : never;

/**
 * `authorize` with the use-case's own English sentence: the same rule (roles, then scope), observed like every check,
 * refused as `auth.forbidden` with `{ permission }`.
 */
export function authorizeAcc<P extends Permission>(
  actor: Actor | null,
  permission: P,
  why: string,
  ...args: PermissionArgs<P>
): void {
  const check = can as (a: Actor | null, p: Permission, ...rest: unknown[]) => boolean;
  if (!check(actor, permission, ...args)) throw forbidden(why, { permission });
}

/** Whether the actor may review a unit's report on a task (the office, or a lead unit of the task but not its own). */
export const mayReview = (actor: Actor | null, b: PlanBundle, t: TaskRecord, reportUnitId: number) =>
  can(actor, 'acc.review', leadUnitsOf(b, t), reportUnitId);

/** Whether the actor may set the task's work items (the office, or a lead unit of the task). */
export const mayEditWorkItems = (actor: Actor | null, b: PlanBundle, t: TaskRecord) =>
  can(actor, 'acc.work_items.edit', leadUnitsOf(b, t));

/**
 * The units a reader sees on the board, scorecards and summary: `undefined` when every unit (office, viewers), else
 * a test for the units of a district admin's area.
 */
export function visibleUnitsFor(
  actor: Actor | null,
  s: Pick<AccSnapshot, 'unitAreas'>,
): ((unitId: number) => boolean) | undefined {
  if (can(actor, 'acc.board.all')) return undefined;
  return (unitId) => can(actor, 'acc.board.area', s.unitAreas.get(unitId));
}

/** Whether the actor may read a report in its present state: a draft only by its own unit and the office. */
export const mayReadState = (actor: Actor | null, report: { state: string; unitId: number }) =>
  report.state !== 'draft' || can(actor, 'acc.draft.read', report.unitId);

/** The snapshot without the drafts the actor may not read (their cells then show as not yet reported). */
export function readableSnapshot(actor: Actor | null, s: AccSnapshot): AccSnapshot {
  return { ...s, reports: s.reports.filter((r) => mayReadState(actor, r)) };
}
