// The supervision board: tasks × units for one round, each cell's state and reported status, with filters and counts.
import { inSubtree } from '../kernel/scope.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import { type AccSnapshot, type CellState, cellStates } from './acc.types.ts';
import { type Cell, roundCells, timeliness } from './cells.ts';

export interface BoardFilter {
  group?: number;
  unit?: number;
  area?: string;
  state?: CellState;
  /** Restricts to units a reader may see (a district admin's area). */
  visibleUnits?: (unitId: number) => boolean;
}

export function supervisionBoard(
  b: PlanBundle,
  s: AccSnapshot,
  roundId: number,
  today: string,
  f: BoardFilter = {},
) {
  const round = s.rounds.find((r) => r.id === roundId);
  if (!round) return null;
  const groupOf = new Map(b.tasks.map((t) => [t.number, t.groupId]));
  const cells = roundCells(b, s, round, today).filter(
    (c: Cell) =>
      (f.group === undefined || groupOf.get(c.taskNumber) === f.group) &&
      (f.unit === undefined || c.unitId === f.unit) &&
      (f.area === undefined || inSubtree(s.unitAreas.get(c.unitId), f.area)) &&
      (f.state === undefined || c.state === f.state) &&
      (!f.visibleUnits || f.visibleUnits(c.unitId)),
  );
  const unitIds = new Set(cells.map((c) => c.unitId));
  const taskNumbers = new Set(cells.map((c) => c.taskNumber));
  const countsByState = Object.fromEntries(
    cellStates.map((st) => [st, cells.filter((c) => c.state === st).length]),
  ) as Record<CellState, number>;
  const tl = cells.map((c) => timeliness(c.report, round, today));
  const overdueRectifications = s.rectifications
    .filter((r) => r.state === 'open' && today > r.deadline && unitIds.has(r.ownerUnitId))
    .map((r) => ({
      id: r.id,
      finding: r.finding,
      ownerUnitId: r.ownerUnitId,
      ownerName: b.units.get(r.ownerUnitId)?.name ?? '',
      deadline: r.deadline,
      inspection: r.inspection,
    }));
  return {
    round,
    tasks: b.tasks
      .filter((t) => taskNumbers.has(t.number))
      .map((t) => ({ number: t.number, title: t.title, groupId: t.groupId })),
    units: [...b.units.values()].filter((u) => unitIds.has(u.id)),
    cells: cells.map((c) => ({
      taskNumber: c.taskNumber,
      unitId: c.unitId,
      state: c.state,
      status: c.report?.status ?? null,
      previousStatus: c.report?.previousStatus ?? null,
      progress: c.report?.progress ?? null,
      reportId: c.report?.id ?? null,
      closesOn: c.closesOn,
    })),
    counts: countsByState,
    timeliness: {
      onTime: tl.filter((x) => x === 'on_time').length,
      late: tl.filter((x) => x === 'late').length,
      missing: tl.filter((x) => x === 'missing').length,
      pending: tl.filter((x) => x === 'pending').length,
    },
    overdueRectifications,
  };
}
export type SupervisionBoard = NonNullable<ReturnType<typeof supervisionBoard>>;
