// Courses: who sees and records which (the organising unit's liaison, the district of its area, the office; viewers
// read), the list a page at a time, a course with its sessions, trainees (masked) and files, create and edit (before
// the year's statistics close, audited; a change of trainees rewrites the ledger of its completed sessions).
import { authorize, can, roleMay } from '../auth/policy.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import { fieldError, invalid, issue } from '../kernel/field-error.ts';
import { syncLedger } from './ledger.ts';
import type { TrnContext } from './trn.ports.ts';
import { presentTrainee } from './trn.presenters.ts';
import type { CourseInput, CourseRecord } from './trn.records.ts';
import type { CourseBody, CoursePatch, CourseQueryInput } from './trn.schemas.ts';

export const PAGE_SIZE = 20;

export const courseScope = (c: Pick<CourseRecord, 'organiserUnitId' | 'areaCode' | 'areaPath'>) => ({
  organiserUnitId: c.organiserUnitId,
  area: { code: c.areaCode, path: c.areaPath },
});

/** The course, refused unless the actor reads it. */
export async function readableCourse(ctx: TrnContext, id: number): Promise<CourseRecord> {
  const c = await ctx.stores.trn.getCourse(id);
  if (!c) throw notFound('trn.course', id);
  authorize(ctx.actor, 'trn.read', courseScope(c));
  return c;
}

/** The year's statistics are closed for the organiser once one of its reporting units' reports is accepted. */
export async function yearClosed(ctx: TrnContext, c: Pick<CourseRecord, 'organiserUnitId' | 'year'>) {
  const units = (await ctx.stores.ind.listUnits()).filter((u) => u.orgUnitId === c.organiserUnitId);
  for (const u of units)
    if ((await ctx.stores.ind.findReport(c.year, u.id))?.state === 'accepted') return true;
  return false;
}

/** The course, refused unless the actor records it and its year is still open. */
export async function editableCourse(ctx: TrnContext, id: number): Promise<CourseRecord> {
  const c = await ctx.stores.trn.getCourse(id);
  if (!c) throw notFound('trn.course', id);
  authorize(ctx.actor, 'trn.file', courseScope(c));
  if (await yearClosed(ctx, c))
    throw new DomainError('trn.year_closed_conflict', `the ${c.year} statistics are closed`, {
      year: c.year,
    });
  return c;
}

const total = (h: Record<string, number | undefined>) =>
  Object.values(h).reduce<number>((s, n) => s + (n ?? 0), 0);

/** Checks the references and figures of a course as it would be after the change. */
async function checkCourse(ctx: TrnContext, c: CourseInput) {
  const area = await ctx.stores.areas.find(c.areaCode);
  if (!area) throw fieldError('body.areaCode', 'trn.area_unknown', `no area ${c.areaCode}`);
  if (!(await ctx.stores.units.find(c.organiserUnitId)))
    throw fieldError('body.organiserUnitId', 'trn.unit_unknown', `no unit ${c.organiserUnitId}`);
  if (c.taskNumber !== null) {
    const plan = await ctx.stores.plans.find(
      'current',
      ctx.jurisdiction ?? ctx.defaultJurisdiction ?? '211100',
    );
    if (!plan?.tasks.some((t) => t.number === c.taskNumber))
      throw fieldError('body.taskNumber', 'trn.task_unknown', `the plan has no task ${c.taskNumber}`, {
        task: c.taskNumber,
      });
  }
  const issues = [];
  if (c.traineeMode === 'headcount') {
    const n = total(c.headcount);
    if (c.completedCount !== null && c.completedCount > n)
      issues.push(
        issue('body.completedCount', 'trn.completed_over_trainees', 'more completed than trainees', {
          trainees: n,
        }),
      );
    if (c.bySex && total(c.bySex) > 0 && total(c.bySex) !== n)
      issues.push(
        issue('body.bySex', 'trn.by_sex_total', 'men and women do not add up to the trainees', {
          trainees: n,
        }),
      );
  }
  if (issues.length) throw invalid(issues);
  return area;
}

export async function createCourse(ctx: TrnContext, body: CourseBody) {
  const input: CourseInput = {
    ...body,
    headcount: body.traineeMode === 'named' ? {} : body.headcount,
    bySex: body.traineeMode === 'named' ? null : body.bySex,
    completedCount: body.traineeMode === 'named' ? null : body.completedCount,
  };
  const area = await checkCourse(ctx, input);
  authorize(ctx.actor, 'trn.file', { organiserUnitId: input.organiserUnitId, area });
  const c = await ctx.stores.trn.insertCourse(input, ctx.actor?.username ?? 'system');
  await ctx.audit.write({ action: 'trn.course.create', entity: 'trn_course', entityId: c.id, after: input });
  return c;
}

export async function updateCourse(ctx: TrnContext, id: number, patch: CoursePatch) {
  const before = await editableCourse(ctx, id);
  const named = before.traineeMode === 'named';
  if (named && (patch.headcount || patch.bySex || patch.completedCount !== undefined))
    throw fieldError('body.headcount', 'trn.named_has_no_headcount', 'a named course counts its trainees');
  const after: CourseInput = { ...before, ...patch } as CourseInput;
  const area = await checkCourse(ctx, after);
  // moving a course to another unit or area: the actor must record there too
  authorize(ctx.actor, 'trn.file', { organiserUnitId: after.organiserUnitId, area });
  await ctx.stores.trn.updateCourse(id, patch);
  if (patch.headcount || patch.areaCode || patch.organiserUnitId) await syncLedger(ctx, id, '培训记录更正');
  await ctx.audit.write({
    action: 'trn.course.update',
    entity: 'trn_course',
    entityId: id,
    before,
    after: patch,
  });
  return (await ctx.stores.trn.getCourse(id)) as CourseRecord;
}

/** The courses the actor reads under the filters, a page at a time (newest year first). */
export async function listCourses(ctx: TrnContext, q: CourseQueryInput) {
  if (!roleMay(ctx.actor, 'trn.read')) throw forbidden('not allowed: trn.read', { permission: 'trn.read' });
  return pageOf(await visibleCourses(ctx, q), q.page);
}

export async function visibleCourses(ctx: TrnContext, q: Omit<CourseQueryInput, 'page'>) {
  if (!roleMay(ctx.actor, 'trn.read')) throw forbidden('not allowed: trn.read', { permission: 'trn.read' });
  const all = await ctx.stores.trn.listCourses({
    ...(q.year && { year: q.year }),
    ...(q.programme && { programme: q.programme }),
    ...(q.unit && { organiserUnitId: q.unit }),
    ...(q.area && { areaRoot: q.area }),
  });
  return all.filter((c) => can(ctx.actor, 'trn.read', courseScope(c)));
}

const pageOf = <T>(rows: T[], page: number) => ({
  rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
  total: rows.length,
  page,
  pageSize: PAGE_SIZE,
});

/** A course with its sessions, trainees (names and phones masked), files and what the actor may do. */
export async function courseDetail(ctx: TrnContext, id: number) {
  const course = await readableCourse(ctx, id);
  const [sessions, trainees, files, closed] = await Promise.all([
    ctx.stores.trn.listSessions(id),
    ctx.stores.trn.listTrainees(id),
    ctx.stores.trn.listFiles(id),
    yearClosed(ctx, course),
  ]);
  return {
    course,
    sessions,
    trainees: trainees.map(presentTrainee),
    files,
    closed,
    canEdit: !closed && can(ctx.actor, 'trn.file', courseScope(course)),
  };
}
