// Views derived from a plan bundle: overview, task lists, a unit's duties, the responsibility matrix, the outline export.
import { notFound } from '../errors.ts';
import type { Outline, OutlineTarget } from '../plan/outline.schema.ts';
import type { AnyOutline } from '../plan/outline-file.ts';
import { LITERACY_SHARE } from '../plan/outline-targets.ts';
import type { OutlineV2 } from '../plan/outline2.schema.ts';
import { targetTrajectory } from '../plan/trajectory.ts';
import type { GroupRecord, PlanBundle, TaskRecord, UnitRef } from './plan-bundle.ts';

export type DutyRole = 'lead' | 'responsible';

const refs = (b: PlanBundle, ids: number[]): UnitRef[] =>
  ids.map((id) => b.units.get(id)).filter((u): u is UnitRef => !!u);
const groupOf = (b: PlanBundle, t: TaskRecord) => b.groups.find((g) => g.id === t.groupId) ?? null;

export function taskView(b: PlanBundle, t: TaskRecord) {
  const g = groupOf(b, t);
  return {
    number: t.number,
    writtenNumber: t.writtenNumber,
    title: t.title,
    text: t.text,
    group: g ? { id: g.id, kind: g.kind, number: g.number, numbered: g.numbered, title: g.title } : null,
    responsibleUnits: refs(b, t.unitIds),
    leadUnits: g ? refs(b, g.leadUnitIds) : [],
  };
}
export type TaskView = ReturnType<typeof taskView>;

export interface TaskFilter {
  unit?: number;
  group?: number;
  q?: string;
}

export function listTasks(b: PlanBundle, f: TaskFilter = {}): TaskView[] {
  const q = f.q?.trim();
  return b.tasks
    .filter((t) => f.group === undefined || t.groupId === f.group)
    .filter((t) => f.unit === undefined || dutyRole(b, t, f.unit) !== null)
    .filter((t) => !q || t.title.includes(q) || t.text.includes(q))
    .map((t) => taskView(b, t));
}

export function getTask(b: PlanBundle, number: number): TaskView {
  const t = b.tasks.find((x) => x.number === number);
  if (!t) throw notFound('plan.task', number);
  return taskView(b, t);
}

/** A unit leads a task when it leads the task's group; it is responsible when the task names it. Lead wins. */
export function dutyRole(b: PlanBundle, t: TaskRecord, unitId: number): DutyRole | null {
  if (groupOf(b, t)?.leadUnitIds.includes(unitId)) return 'lead';
  return t.unitIds.includes(unitId) ? 'responsible' : null;
}

export function listUnits(b: PlanBundle) {
  return [...b.units.values()].map((u) => {
    const roles = b.tasks.map((t) => dutyRole(b, t, u.id));
    return {
      ...u,
      // tasks it leads, by dutyRole: the count the unit page's 「其中牵头 N 项」 gives
      leadCount: roles.filter((r) => r === 'lead').length,
      taskCount: roles.filter((r) => r !== null).length,
    };
  });
}

export function unitDuties(b: PlanBundle, unitId: number) {
  if (!b.units.has(unitId)) throw notFound('plan.unit', unitId);
  const leads = b.groups.filter((g) => g.leadUnitIds.includes(unitId)).map((g) => groupView(b, g));
  const tasks = b.tasks.flatMap((t) => {
    const role = dutyRole(b, t, unitId);
    return role ? [{ task: taskView(b, t), role }] : [];
  });
  return { leads, tasks };
}

export function groupView(b: PlanBundle, g: GroupRecord) {
  return {
    id: g.id,
    kind: g.kind,
    number: g.number,
    numbered: g.numbered,
    section: g.section,
    title: g.title,
    text: g.text,
    leadUnits: refs(b, g.leadUnitIds),
    taskNumbers: g.taskNumbers,
    // the numbers as written, in the group's order (null for a "——" item)
    writtenNumbers: g.taskNumbers.map((n) => b.tasks.find((t) => t.number === n)?.writtenNumber ?? null),
  };
}

export interface MatrixFilter {
  group?: number;
  unit?: number;
}

/** Tasks × units, each cell marked lead or responsible; filters keep the rows and columns that remain non-empty. */
export function responsibilityMatrix(b: PlanBundle, f: MatrixFilter = {}) {
  const tasks = b.tasks.filter((t) => f.group === undefined || t.groupId === f.group);
  const cells: { taskNumber: number; unitId: number; role: DutyRole }[] = [];
  for (const t of tasks) {
    for (const u of b.units.values()) {
      if (f.unit !== undefined && u.id !== f.unit) continue;
      const role = dutyRole(b, t, u.id);
      if (role) cells.push({ taskNumber: t.number, unitId: u.id, role });
    }
  }
  const usedUnits = new Set(cells.map((c) => c.unitId));
  const usedTasks = new Set(cells.map((c) => c.taskNumber));
  return {
    units: [...b.units.values()].filter((u) => usedUnits.has(u.id)),
    tasks: tasks
      .filter((t) => usedTasks.has(t.number))
      .map((t) => ({ number: t.number, title: t.title, groupId: t.groupId })),
    cells,
  };
}
export type ResponsibilityMatrix = ReturnType<typeof responsibilityMatrix>;

/** The outline exchange document of a stored plan, in the version it was imported in: unit names as written. */
export function toOutline(b: PlanBundle): AnyOutline {
  return b.plan.format === 2 ? toOutlineV2(b) : toOutlineV1(b);
}

function header(b: PlanBundle) {
  return {
    jurisdiction: { code: b.plan.jurisdictionCode, name: b.plan.jurisdictionName },
    title: b.plan.title,
    documentNumber: b.plan.documentNumber,
    ...(b.plan.issuedOn ? { issuedOn: b.plan.issuedOn } : {}),
    period: b.plan.period,
  };
}

function toOutlineV1(b: PlanBundle): Outline {
  const names = (ids: number[]) => refs(b, ids).map((u) => u.name);
  return {
    format: 'kepu-outline/1',
    ...header(b),
    sections: b.sections.map((s) => ({ number: s.number, title: s.title, text: s.text })),
    groups: b.groups.map((g) => ({
      number: g.number,
      title: g.title,
      kind: g.kind,
      leadUnits: names(g.leadUnitIds),
      taskNumbers: g.taskNumbers,
      text: g.text,
    })),
    tasks: b.tasks.map((t) => ({
      number: t.number,
      title: t.title,
      text: t.text,
      responsibleUnits: names(t.unitIds),
    })),
    targets: b.targets.map((t) => ({
      indicator: t.indicator,
      year: t.year,
      value: t.value ?? 0,
      comparator: t.comparator as OutlineTarget['comparator'],
      kind: t.kind,
      unit: t.unit,
    })),
  };
}

function toOutlineV2(b: PlanBundle): OutlineV2 {
  const names = (ids: number[]) => refs(b, ids).map((u) => u.name);
  const task = new Map(b.tasks.map((t) => [t.number, t]));
  return {
    format: 'kepu-outline/2',
    ...header(b),
    preamble: b.plan.preamble,
    sections: b.sections.map((s) => ({
      number: s.number,
      title: s.title,
      ...(s.kind !== null ? { kind: s.kind } : {}),
      text: s.text,
    })),
    groups: b.groups.map((g) => ({
      ...(g.section !== null ? { section: g.section } : {}),
      ...(g.numbered ? { number: g.number } : {}),
      title: g.title,
      kind: g.kind,
      leadUnits: names(g.leadUnitIds),
      text: g.text,
      tasks: g.taskNumbers.flatMap((n) => {
        const t = task.get(n);
        if (!t) return [];
        return [
          {
            ...(t.writtenNumber !== null ? { number: t.writtenNumber } : {}),
            title: t.title,
            text: t.text,
            responsibleUnits: names(t.unitIds),
          },
        ];
      }),
    })),
    targets: b.targets.map((t) => ({
      indicator: t.indicator,
      year: t.year,
      kind: t.kind,
      comparator: t.comparator,
      ...(t.value !== null ? { value: t.value } : {}),
      unit: t.unit,
      text: t.text,
      source: t.source,
    })),
  };
}
export type GroupView = ReturnType<typeof groupView>;

/** A plan version as its overview page shows it: header, sections, groups with their units, targets, trajectory. */
export function planDetail(b: PlanBundle) {
  return {
    plan: b.plan,
    sections: b.sections,
    groups: b.groups.map((g) => groupView(b, g)),
    targets: b.targets,
    // the trajectory joins the numeric anchors (a qualitative goal has none)
    trajectory: targetTrajectory(
      b.targets.flatMap((t) =>
        t.indicator === LITERACY_SHARE && t.value !== null && t.comparator !== 'qualitative'
          ? [{ ...t, value: t.value, comparator: '=' as const }]
          : [],
      ),
    ),
  };
}
export type PlanDetail = ReturnType<typeof planDetail>;
export type UnitDuties = ReturnType<typeof unitDuties>;
