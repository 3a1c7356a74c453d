// Who leads, carries, reviews and reads what, derived from the plan (a unit leads a task when it leads its group).
import type { Actor } from '../auth/roles.ts';
import { DomainError, forbidden } from '../errors.ts';
import type { PlanBundle, TaskRecord } from '../plan-model/plan-bundle.ts';
import { dutyRole } from '../plan-model/plan-views.ts';
import type { AccWorkItem } from './acc.types.ts';

export function taskOf(b: PlanBundle, taskNumber: number, field = 'taskNumber'): TaskRecord {
  const t = b.tasks.find((x) => x.number === taskNumber);
  if (!t) {
    throw fieldError(`body.${field}`, `task ${taskNumber} is not in the plan`);
  }
  return t;
}

export function leadUnitsOf(b: PlanBundle, t: TaskRecord): number[] {
  return b.groups.find((g) => g.id === t.groupId)?.leadUnitIds ?? [];
}

/**
 * Units that owe a report on a task: its lead units, the units it names, and the owners of the task's work items of
 * the round's year (so a district government given a work item reports on it). Pass that year's items.
 */
export function unitsOwing(b: PlanBundle, t: TaskRecord, workItems: readonly AccWorkItem[] = []): number[] {
  const owners = new Set(workItems.filter((w) => w.taskNumber === t.number).flatMap((w) => w.ownerUnitIds));
  return [...b.units.keys()].filter((u) => dutyRole(b, t, u) !== null || owners.has(u));
}

export function isLeadOf(actor: Actor | null, b: PlanBundle, t: TaskRecord): boolean {
  return (
    !!actor && actor.role === 'liaison' && actor.unitId !== null && leadUnitsOf(b, t).includes(actor.unitId)
  );
}

/** The office reviews everything; a lead unit reviews its tasks' reports, but not its own unit's. */
export function canReview(actor: Actor | null, b: PlanBundle, t: TaskRecord, reportUnitId: number): boolean {
  if (actor?.role === 'office') return true;
  return isLeadOf(actor, b, t) && actor?.unitId !== reportUnitId;
}

export function canFile(actor: Actor | null, unitId: number): boolean {
  return actor?.role === 'office' || (actor?.role === 'liaison' && actor.unitId === unitId);
}

/** Office and viewers read all; a liaison their unit's and the tasks it leads; a district admin units in its area. */
export function canReadReport(
  actor: Actor | null,
  b: PlanBundle,
  t: TaskRecord,
  unitId: number,
  unitArea?: { code: string; path: string[] },
): boolean {
  if (!actor) return false;
  if (actor.role === 'office' || actor.role === 'viewer') return true;
  if (actor.role === 'liaison') return actor.unitId === unitId || isLeadOf(actor, b, t);
  if (actor.role === 'district')
    return (
      !!unitArea &&
      !!actor.areaCode &&
      (unitArea.code === actor.areaCode || unitArea.path.includes(actor.areaCode))
    );
  return false;
}

export function requireOffice(actor: Actor | null, what: string): void {
  if (actor?.role !== 'office') throw forbidden(`only the leading group office may ${what}`);
}

export function unitOf(b: PlanBundle, unitId: number, field: string): void {
  if (!b.units.has(unitId)) {
    throw fieldError(`body.${field}`, `unit ${unitId} is not in the plan`);
  }
}

export const stateConflict = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('acc.state_conflict', message, details);

/** A 400 naming one field, shaped like schema validation errors (`details.issues[0].path`). */
export function fieldError(path: string, message: string): DomainError {
  return new DomainError('validation.failed', `${path}: ${message}`, { issues: [{ path, message }] });
}
