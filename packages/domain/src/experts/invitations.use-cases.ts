// Invitations from activities: staff who file an activity request an expert (a topic, a note); the expert accepts or
// declines on their own page, or staff record the answer for them (audited as staff); staff cancel; once the activity
// has taken place an accepted invitation is confirmed as delivered, which writes the service record.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { heldStates } from '../services/svc.codes.ts';
import type { ActivityRecord } from '../services/svc.records.ts';
import { type InvitationMove, type InvitationState, nextInvitationState } from './exp.codes.ts';
import type { ExpContext } from './exp.ports.ts';
import type { InvitationRecord } from './exp.records.ts';
import type { InvitationMoveBody } from './exp.schemas.ts';
import { writeService } from './services.use-cases.ts';

const activityScope = (a: ActivityRecord) => ({
  organiserUnitId: a.organiserUnitId,
  area: { code: a.areaCode, path: a.areaPath },
});

/** The activity, refused unless the actor files it (its organiser's liaison, a district admin of its area, the office). */
async function filedActivity(ctx: ExpContext, id: number): Promise<ActivityRecord> {
  const a = await ctx.stores.svc.getActivity(id);
  if (!a) throw new DomainError('svc.activity.not_found', `no activity ${id}`);
  authorize(ctx.actor, 'svc.file', activityScope(a));
  return a;
}

export async function activityInvitations(ctx: ExpContext, activityId: number) {
  const a = await filedActivity(ctx, activityId);
  const [invitations, services] = await Promise.all([
    ctx.stores.exp.listInvitations({ activityId }),
    ctx.stores.exp.listServices({ activityId }),
  ]);
  return { activity: a, invitations, services, held: await hasTakenPlace(ctx, a) };
}

export async function inviteExpert(
  ctx: ExpContext,
  activityId: number,
  body: { expertId: number; topic: InvitationRecord['topic']; note: string },
) {
  const a = await filedActivity(ctx, activityId);
  if (a.state === 'cancelled')
    throw new DomainError('exp.invitation.activity_conflict', `activity ${a.id} is ${a.state}`, {
      state: a.state,
    });
  const e = await ctx.stores.exp.getExpert(body.expertId);
  if (!e || e.status !== 'active')
    throw fieldError('body.expertId', 'exp.expert_unknown', `no expert ${body.expertId}`);
  if (body.topic && !e.topics.includes(body.topic))
    throw fieldError('body.topic', 'exp.topic_not_expert', 'the expert does not speak on this topic');
  const open = (await ctx.stores.exp.listInvitations({ activityId })).find(
    (i) => i.expertId === e.id && (i.state === 'requested' || i.state === 'accepted'),
  );
  if (open)
    throw new DomainError('exp.invitation.open_conflict', `expert ${e.id} is invited already`, {
      id: open.id,
    });
  const inv = await ctx.stores.exp.insertInvitation(
    { activityId, expertId: e.id, topic: body.topic, note: body.note },
    ctx.actor?.username ?? 'system',
    ctx.clock.now().toISOString(),
  );
  await ctx.audit.write({
    action: 'exp.invitation.create',
    entity: 'exp_invitation',
    entityId: inv.id,
    after: { activityId, expertId: e.id, topic: body.topic },
  });
  return inv;
}

/** The activity has taken place: it is held (completed, summarised, accepted) or its last session has ended. */
export async function hasTakenPlace(ctx: ExpContext, a: ActivityRecord): Promise<boolean> {
  if (heldStates.includes(a.state)) return true;
  if (a.state === 'cancelled') return false;
  const sessions = await ctx.stores.svc.sessionsOf([a.id]);
  const now = ctx.clock.now().toISOString();
  return sessions.length > 0 && sessions.every((s) => s.endsAt <= now);
}

/** Applies a move, or answers 409 naming the invitation's state. `who` is the expert's answer or staff's. */
async function applyMove(
  ctx: ExpContext,
  inv: InvitationRecord,
  move: InvitationMove,
  reason: string,
  who: 'expert' | 'staff',
): Promise<InvitationState> {
  const to = nextInvitationState(inv.state, move);
  if (!to)
    throw new DomainError(
      'exp.invitation.state_conflict',
      `invitation ${inv.id} is ${inv.state}: cannot ${move}`,
      {
        id: inv.id,
        state: inv.state,
        move,
      },
    );
  const at = ctx.clock.now().toISOString();
  const by = who === 'expert' ? 'expert' : (ctx.actor?.username ?? 'system');
  await ctx.stores.exp.setInvitationState(inv.id, to, { reason: reason || null, by, at });
  await ctx.audit.write({
    action: 'exp.invitation.move',
    entity: 'exp_invitation',
    entityId: inv.id,
    ...(who === 'expert' && { actor: { id: null, username: 'public' } }),
    before: { state: inv.state },
    after: {
      state: to,
      move,
      reason: reason || undefined,
      onBehalf: who === 'staff' && move !== 'cancel' && move !== 'deliver',
    },
  });
  return to;
}

/** Staff: cancel, record the expert's answer for them, or confirm delivery (writes the service record). */
export async function moveInvitation(ctx: ExpContext, id: number, body: InvitationMoveBody) {
  const inv = await ctx.stores.exp.getInvitation(id);
  if (!inv) throw notFound('exp.invitation', id);
  const a = await filedActivity(ctx, inv.activityId);
  if (body.move === 'deliver' && nextInvitationState(inv.state, 'deliver') && !(await hasTakenPlace(ctx, a)))
    throw new DomainError('exp.invitation.not_held_conflict', `activity ${a.id} has not taken place yet`, {
      id: inv.id,
    });
  const to = await applyMove(ctx, inv, body.move, body.reason, 'staff');
  if (to === 'delivered') {
    const e = await ctx.stores.exp.getExpert(inv.expertId);
    if (!e) throw notFound('exp.expert', inv.expertId);
    const sessions = await ctx.stores.svc.sessionsOf([a.id]);
    const first = sessions.map((s) => s.startsAt).sort()[0] ?? ctx.clock.now().toISOString();
    const date = new Date(Date.parse(first) + 8 * 3_600_000).toISOString().slice(0, 10);
    await writeService(ctx, e, {
      expertId: e.id,
      kind: body.kind ?? (a.type === 'lecture' ? 'lecture' : 'consultation'),
      date,
      hours: body.hours,
      activityId: a.id,
      invitationId: inv.id,
      ref: null,
      note: inv.note,
    });
  }
  return (await ctx.stores.exp.getInvitation(id)) as InvitationRecord;
}

/** The expert answers on their own page (accept, or decline with a reason). */
export async function answerInvitation(
  ctx: ExpContext,
  expertId: number,
  id: number,
  answer: 'accept' | 'decline',
  reason: string,
) {
  const inv = await ctx.stores.exp.getInvitation(id);
  if (!inv || inv.expertId !== expertId) throw notFound('exp.invitation', id);
  await applyMove(ctx, inv, answer, reason, 'expert');
}
