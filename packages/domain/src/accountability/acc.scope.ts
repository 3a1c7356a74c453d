// Who leads, carries and owes what, derived from the plan (a unit leads a task when it leads its group).
import { DomainError } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { PlanBundle, TaskRecord } from '../plan-model/plan-bundle.ts';
import { dutyRole } from '../plan-model/plan-views.ts';
import type { AccWorkItem } from './acc.types.ts';

export function taskOf(b: PlanBundle, taskNumber: number, field = 'taskNumber'): TaskRecord {
  const t = b.tasks.find((x) => x.number === taskNumber);
  if (!t) {
    throw fieldError(`body.${field}`, 'acc.task_not_in_plan', `task ${taskNumber} is not in the plan`, {
      task: taskNumber,
    });
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

export function unitOf(b: PlanBundle, unitId: number, field: string): void {
  if (!b.units.has(unitId)) {
    throw fieldError(`body.${field}`, 'acc.unit_not_in_plan', `unit ${unitId} is not in the plan`, {
      unit: unitId,
    });
  }
}

/** What a state conflict is about: which thing, the state it is in, and the action that state refuses. */
export interface StateConflict {
  entity: 'report' | 'rectification' | 'mail' | 'mail_settings';
  state: string;
  action: string;
  [more: string]: string | number;
}

/** A 409: the thing is in a state that refuses the action (`acc.state_conflict` with entity, state and action). */
export const stateConflict = (message: string, params: StateConflict) =>
  new DomainError('acc.state_conflict', message, params);
