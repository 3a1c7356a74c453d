// The reports a round asks for (task × unit) and the state each one is in today; shared by every view.
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import { unitsOwing } from './acc.scope.ts';
import type { AccReport, AccRound, AccSnapshot, CellState } from './acc.types.ts';
import { localDate } from './dates.ts';
import { closingDate } from './report.policy.ts';

export interface Cell {
  round: AccRound;
  taskNumber: number;
  unitId: number;
  report: AccReport | undefined;
  state: CellState;
  /** Not submitted and past the due date. */
  overdue: boolean;
  closesOn: string;
}

/** The one rule for what a progress figure counts: a report the reviewer accepted (figures.ts says the rest). */
export const countsInProgress = (r: AccReport | undefined): r is AccReport => r?.state === 'accepted';

export function cellState(report: AccReport | undefined, round: AccRound, today: string): CellState {
  if (report && report.state !== 'draft') return report.state;
  if (today > round.dueOn) return 'overdue';
  return report ? 'draft' : 'not_started';
}

/** On time when first submitted on or before the due date (UTC+8). */
export function timeliness(
  report: AccReport | undefined,
  round: AccRound,
  today: string,
): 'on_time' | 'late' | 'missing' | 'pending' {
  if (report?.firstSubmittedAt) return localDate(report.firstSubmittedAt) <= round.dueOn ? 'on_time' : 'late';
  return today > round.dueOn ? 'missing' : 'pending';
}

/** A year's rounds opened by today, by due date. */
export const openedRounds = (s: AccSnapshot, year: number, today: string) =>
  s.rounds
    .filter((r) => r.year === year && r.opensOn <= today)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));

export function roundCells(b: PlanBundle, s: AccSnapshot, round: AccRound, today: string): Cell[] {
  const byKey = new Map(
    s.reports.filter((r) => r.roundId === round.id).map((r) => [`${r.taskNumber}:${r.unitId}`, r]),
  );
  const ext = new Map(s.extensions.filter((e) => e.roundId === round.id).map((e) => [e.unitId, e]));
  const items = s.workItems.filter((w) => w.year === round.year);
  const out: Cell[] = [];
  for (const t of b.tasks) {
    if (t.groupId === null) continue;
    for (const unitId of unitsOwing(b, t, items)) {
      const report = byKey.get(`${t.number}:${unitId}`);
      const state = cellState(report, round, today);
      out.push({
        round,
        taskNumber: t.number,
        unitId,
        report,
        state,
        overdue: state === 'overdue',
        closesOn: closingDate(round, ext.get(unitId)),
      });
    }
  }
  return out;
}
