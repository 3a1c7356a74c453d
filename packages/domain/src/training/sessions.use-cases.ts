// Sessions: added and corrected while the year is open; completed once it has begun and the course has trainees (then
// on the ledger); voided with a reason (off the ledger), never deleted. Every change audited.
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { editableCourse } from './courses.use-cases.ts';
import { voidSessionEntries, writeSession } from './ledger.ts';
import type { TrnContext } from './trn.ports.ts';
import type { SessionRecord } from './trn.records.ts';
import type { SessionBody, SessionPatch } from './trn.schemas.ts';

async function editableSession(ctx: TrnContext, id: number) {
  const s = await ctx.stores.trn.getSession(id);
  if (!s) throw notFound('trn.session', id);
  const course = await editableCourse(ctx, s.courseId);
  return { s, course };
}

const stateConflict = (s: SessionRecord) =>
  new DomainError('trn.session.state_conflict', `session ${s.id} is ${s.state}`, {
    id: s.id,
    state: s.state,
  });

export async function addSession(ctx: TrnContext, courseId: number, body: SessionBody) {
  await editableCourse(ctx, courseId);
  const s = await ctx.stores.trn.insertSession(courseId, body);
  await ctx.audit.write({ action: 'trn.session.create', entity: 'trn_session', entityId: s.id, after: s });
  return s;
}

export async function updateSession(ctx: TrnContext, id: number, patch: SessionPatch) {
  const { s, course } = await editableSession(ctx, id);
  if (s.state === 'void') throw stateConflict(s);
  const after = { ...s, ...patch };
  if (after.endsOn < after.startsOn)
    throw fieldError('body.endsOn', 'trn.ends_before_start', 'the session ends before it starts');
  await ctx.stores.trn.updateSession(id, patch);
  const updated = (await ctx.stores.trn.getSession(id)) as SessionRecord;
  // a held session moved to another day: its entries follow it
  if (s.state === 'completed' && patch.startsOn && patch.startsOn !== s.startsOn) {
    if (patch.startsOn > ctx.clock.today()) throw notBegun(updated);
    await voidSessionEntries(ctx, id, '培训日期更正');
    await writeSession(ctx, course, updated);
  }
  await ctx.audit.write({
    action: 'trn.session.update',
    entity: 'trn_session',
    entityId: id,
    before: s,
    after: patch,
  });
  return updated;
}

const notBegun = (s: SessionRecord) =>
  new DomainError('trn.session.not_begun_conflict', `session ${s.id} begins on ${s.startsOn}`, {
    startsOn: s.startsOn,
  });

export async function completeSession(ctx: TrnContext, id: number) {
  const { s, course } = await editableSession(ctx, id);
  if (s.state !== 'planned') throw stateConflict(s);
  if (s.startsOn > ctx.clock.today()) throw notBegun(s);
  if (course.trainees === 0)
    throw new DomainError(
      'trn.session.no_trainees_conflict',
      'record the trainees before the session is held',
      {
        id,
      },
    );
  await ctx.stores.trn.completeSession(id, ctx.clock.now().toISOString());
  const entries = await writeSession(ctx, course, s);
  await ctx.audit.write({
    action: 'trn.session.complete',
    entity: 'trn_session',
    entityId: id,
    before: { state: s.state },
    after: { state: 'completed', ledgerEntries: entries, trainees: course.trainees },
  });
  return (await ctx.stores.trn.getSession(id)) as SessionRecord;
}

export async function voidSession(ctx: TrnContext, id: number, reason: string) {
  const { s } = await editableSession(ctx, id);
  if (s.state === 'void') throw stateConflict(s);
  const at = ctx.clock.now().toISOString();
  await ctx.stores.trn.voidSession(id, reason, ctx.actor?.username ?? 'system', at);
  if (s.state === 'completed') await voidSessionEntries(ctx, id, reason);
  await ctx.audit.write({
    action: 'trn.session.void',
    entity: 'trn_session',
    entityId: id,
    before: { state: s.state },
    after: { state: 'void', reason },
  });
  return (await ctx.stores.trn.getSession(id)) as SessionRecord;
}
