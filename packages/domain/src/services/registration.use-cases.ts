// A citizen's registration (no account): a seat in a session or a place on its waitlist in order of arrival, a ticket
// token shown as a QR code, cancel in one tap (the freed seats go to the waitlist at once), minors on a guardian's.
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { SvcContext } from './svc.ports.ts';
import type { ActivityRecord, RegistrationRecord } from './svc.records.ts';
import type { RegisterBody } from './svc.schemas.ts';

const seats = (r: Pick<RegistrationRecord, 'minors'>) => 1 + r.minors;

function registrationEntry(
  a: ActivityRecord,
  r: { id: number; targetGroup: RegistrationRecord['targetGroup']; minors: number },
  at: string,
) {
  return {
    kind: 'registration' as const,
    registrationId: r.id,
    targetGroup: r.targetGroup,
    areaCode: a.areaCode,
    campaignId: a.campaignId,
    activityId: a.id,
    venueId: a.venueId,
    count: seats(r),
    occurredAt: at,
    evidence: null,
    createdBy: 'public',
  };
}

export async function register(ctx: SvcContext, body: RegisterBody) {
  // read and check everything first; then the seats are claimed by one conditional update of the session row: one that
  // fits holds the row's lock to the end of the transaction, so seats go in arrival order and the lock covers the few
  // writes only; one that does not fit (the last committed count is full) is waitlisted without waiting for it
  const s = await ctx.stores.svc.getSession(body.sessionId);
  if (!s) throw fieldError('body.sessionId', 'svc.session_unknown', `no session ${body.sessionId}`);
  const a = await ctx.stores.svc.getActivity(s.activityId);
  if (!a || a.state !== 'published')
    throw new DomainError('svc.registration.closed_conflict', 'registration is not open');
  const now = ctx.clock.now().toISOString();
  if (s.startsAt <= now) throw new DomainError('svc.registration.closed_conflict', 'the session has started');
  for (const f of a.form)
    if (f.required && !body.answers[f.key]?.trim())
      throw fieldError(`body.answers.${f.key}`, 'svc.answer_missing', `${f.label} is required`, {
        field: f.label,
      });
  const known = new Set(a.form.map((f) => f.key));
  const answers = Object.fromEntries(Object.entries(body.answers).filter(([k]) => known.has(k)));
  const need = 1 + body.minors;
  const fits = await ctx.stores.svc.claimSeats(s.id, need);
  const status = fits ? 'confirmed' : 'waitlisted';
  const { id, token } = await ctx.stores.svc.insertRegistration({ ...body, answers }, status);
  if (fits) await ctx.stores.svc.insertLedger([registrationEntry(a, { id, ...body }, now)]);
  await ctx.audit.write({
    action: 'svc.registration.create',
    entity: 'svc_registration',
    entityId: id,
    after: { sessionId: s.id, status, seats: need },
  });
  return { id, token, status, activityId: a.id, sessionId: s.id };
}

export async function ticket(ctx: SvcContext, token: string) {
  const r = await ctx.stores.svc.findTicket(token);
  if (!r) throw notFound('svc.ticket', 'token');
  const [a, sessions] = await Promise.all([
    ctx.stores.svc.getActivity(r.activityId),
    ctx.stores.svc.sessionsOf([r.activityId]),
  ]);
  const session = sessions.find((s) => s.id === r.sessionId);
  const waitlistPosition =
    r.status === 'waitlisted'
      ? (await ctx.stores.svc.waitlist(r.sessionId)).findIndex((w) => w.id === r.id) + 1
      : null;
  return { registration: r, activity: a as ActivityRecord, session, waitlistPosition };
}

/** Gives freed seats to the waitlist, oldest first, as long as each party fits (a party never splits). */
export async function offerFreedSeats(
  ctx: SvcContext,
  sessionId: number,
  taken: number,
  capacity: number,
  a: ActivityRecord,
) {
  const now = ctx.clock.now().toISOString();
  let seated = taken;
  for (const w of await ctx.stores.svc.waitlist(sessionId)) {
    if (seated + seats(w) > capacity) break;
    seated += seats(w);
    await ctx.stores.svc.setRegistrationStatus(w.id, 'confirmed', now);
    await ctx.stores.svc.insertLedger([registrationEntry(a, w, now)]);
    await ctx.audit.write({
      action: 'svc.registration.promote',
      entity: 'svc_registration',
      entityId: w.id,
      after: { sessionId },
    });
  }
  await ctx.stores.svc.setTaken(sessionId, seated);
}

/** Cancels by the ticket token: the seats go to the waitlist, the registration's ledger entry is voided. */
export async function cancelRegistration(ctx: SvcContext, token: string) {
  const found = await ctx.stores.svc.findTicket(token);
  if (!found) throw notFound('svc.ticket', 'token');
  const session = await ctx.stores.svc.lockSession(found.sessionId);
  const r = await ctx.stores.svc.findTicket(token);
  if (!session || !r) throw notFound('svc.ticket', 'token');
  if (r.status === 'cancelled') return { status: 'cancelled' as const };
  if (r.status === 'checked_in')
    throw new DomainError('svc.registration.checked_in_conflict', 'already checked in');
  const now = ctx.clock.now().toISOString();
  await ctx.stores.svc.setRegistrationStatus(r.id, 'cancelled', now);
  await ctx.audit.write({
    action: 'svc.registration.cancel',
    entity: 'svc_registration',
    entityId: r.id,
    before: { status: r.status },
  });
  if (r.status === 'confirmed') {
    await ctx.stores.svc.voidLedger(
      { registrationId: r.id, kind: 'registration' },
      'cancelled',
      'public',
      now,
    );
    const a = (await ctx.stores.svc.getActivity(r.activityId)) as ActivityRecord;
    await offerFreedSeats(ctx, session.id, session.taken - seats(r), session.capacity, a);
  }
  return { status: 'cancelled' as const };
}
