// Named trainees (with their consent): added, corrected (completion, certificate number) and removed while the year is
// open; their full names and phones are one audited read; the office's purge erases them after the retention.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { courseScope, editableCourse, readableCourse } from './courses.use-cases.ts';
import { syncLedger } from './ledger.ts';
import type { TrnContext } from './trn.ports.ts';
import { presentTrainee } from './trn.presenters.ts';
import type { TraineeBody, TraineePatch } from './trn.schemas.ts';

async function namedCourse(ctx: TrnContext, courseId: number) {
  const c = await editableCourse(ctx, courseId);
  if (c.traineeMode !== 'named')
    throw new DomainError('trn.course.headcount_only_conflict', 'this course counts its trainees by group', {
      id: courseId,
    });
  return c;
}

async function editableTrainee(ctx: TrnContext, id: number) {
  const t = await ctx.stores.trn.getTrainee(id);
  if (!t) throw notFound('trn.trainee', id);
  await namedCourse(ctx, t.courseId);
  return t;
}

export async function addTrainee(ctx: TrnContext, courseId: number, body: TraineeBody) {
  await namedCourse(ctx, courseId);
  const { consent: _consent, ...input } = body;
  const t = await ctx.stores.trn.insertTrainee(courseId, input, ctx.clock.now().toISOString());
  await syncLedger(ctx, courseId, '培训学员更正');
  await ctx.audit.write({
    action: 'trn.trainee.add',
    entity: 'trn_trainee',
    entityId: t.id,
    after: presentTrainee(t),
  });
  return presentTrainee(t);
}

export async function updateTrainee(ctx: TrnContext, id: number, patch: TraineePatch) {
  const before = await editableTrainee(ctx, id);
  if (before.erased) throw new DomainError('trn.trainee.erased_conflict', 'this trainee was erased', { id });
  await ctx.stores.trn.updateTrainee(id, patch);
  if (patch.targetGroup && patch.targetGroup !== before.targetGroup)
    await syncLedger(ctx, before.courseId, '培训学员更正');
  await ctx.audit.write({
    action: 'trn.trainee.update',
    entity: 'trn_trainee',
    entityId: id,
    before: presentTrainee(before),
    after: {
      ...patch,
      ...(patch.name && { name: '（已更正）' }),
      ...(patch.phone && { phone: '（已更正）' }),
    },
  });
  return presentTrainee(
    (await ctx.stores.trn.getTrainee(id)) as NonNullable<Awaited<ReturnType<typeof editableTrainee>>>,
  );
}

export async function removeTrainee(ctx: TrnContext, id: number) {
  const t = await editableTrainee(ctx, id);
  await ctx.stores.trn.deleteTrainee(id);
  await syncLedger(ctx, t.courseId, '培训学员更正');
  await ctx.audit.write({
    action: 'trn.trainee.remove',
    entity: 'trn_trainee',
    entityId: id,
    before: presentTrainee(t),
  });
}

/** The trainees' full names, units and phones: for those who record the course, audited. */
export async function traineesPersonal(ctx: TrnContext, courseId: number) {
  const c = await readableCourse(ctx, courseId);
  authorize(ctx.actor, 'trn.file', courseScope(c));
  const list = await ctx.stores.trn.listTrainees(courseId);
  await ctx.audit.write({
    action: 'trn.trainee.read_personal',
    entity: 'trn_course',
    entityId: courseId,
    after: { trainees: list.length },
  });
  return list;
}

/** Erases the names, units and phones of named trainees whose course ended more than `retentionDays` ago. */
export async function purgeTrainees(ctx: TrnContext, retentionDays: number) {
  authorize(ctx.actor, 'trn.settings');
  const before = new Date(`${ctx.clock.today()}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() - retentionDays);
  const ids = await ctx.stores.trn.purgeableTrainees(before.toISOString().slice(0, 10));
  for (const id of ids) await ctx.stores.trn.eraseTrainee(id);
  await ctx.audit.write({
    action: 'trn.trainee.purge',
    entity: 'trn_trainee',
    entityId: 0,
    after: { retentionDays, erased: ids.length },
  });
  return { erased: ids.length };
}
