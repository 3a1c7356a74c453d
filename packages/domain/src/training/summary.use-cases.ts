// A year's training per programme (courses, sessions and hours held, trainees, completed, completion rate) over the
// courses the reader sees, with a total row; the Excel and CSV exports are the same rows.

import { visibleCourses } from './courses.use-cases.ts';
import { completionRate, type Programme, programmes } from './trn.codes.ts';
import type { TrnContext } from './trn.ports.ts';

export interface SummaryRow {
  programme: Programme | 'total';
  courses: number;
  sessions: number;
  hours: number;
  trainees: number;
  completed: number;
  /** per cent, one decimal; null without trainees */
  completionRate: number | null;
}

export async function yearSummary(ctx: TrnContext, year: number) {
  const courses = await visibleCourses(ctx, { year });
  const row = (programme: SummaryRow['programme'], list: typeof courses): SummaryRow => {
    const trainees = list.reduce((s, c) => s + c.trainees, 0);
    const completed = list.reduce((s, c) => s + c.completed, 0);
    return {
      programme,
      courses: list.length,
      sessions: list.reduce((s, c) => s + c.sessionsHeld, 0),
      hours: Math.round(list.reduce((s, c) => s + c.hoursHeld, 0) * 10) / 10,
      trainees,
      completed,
      completionRate: completionRate(completed, trainees),
    };
  };
  const rows = programmes.map((p) =>
    row(
      p,
      courses.filter((c) => c.programme === p),
    ),
  );
  return { year, rows, total: row('total', courses), demo: courses.some((c) => c.demo) };
}
