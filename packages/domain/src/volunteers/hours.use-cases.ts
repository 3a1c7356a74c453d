// Service hours: a check-in scan opens a record (entered) and the next closes it (pending); an open record is closed
// 24 h after it began and flagged; the team enters hours or a volunteer reports their own (pending); the team
// approves, declines or voids them in bulk. Approved hours are a ledger entry (voided with them) and the volunteer's
// stars are recomputed from the approved hours every time.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { type HourMove, nextHourState } from './hour.workflow.ts';
import { managedTeam, teamArea, visibleTeams } from './teams.use-cases.ts';
import { AUTO_CHECKOUT_HOURS, type HourState, starFor } from './vol.codes.ts';
import type { VolContext } from './vol.ports.ts';
import type { HourRecord } from './vol.records.ts';
import { volunteerByKey } from './volunteers.use-cases.ts';

const HOUR = 3_600_000;
const hoursBetween = (from: string, to: string) =>
  Math.round(((Date.parse(to) - Date.parse(from)) / HOUR) * 100) / 100;
const by = (ctx: VolContext) => ctx.actor?.username ?? 'public';

/** The ledger entry's evidence names the hour record, so voiding the hours voids the entry. */
export const ledgerEvidence = (hoursId: number) => `vol_hours:${hoursId}`;

/** Closes check-ins open longer than 24 h at their 24th hour, flagged for the team to look at. */
export async function closeStaleCheckIns(ctx: VolContext) {
  const now = ctx.clock.now();
  const stale = await ctx.stores.vol.staleOpenHours(
    new Date(now.getTime() - AUTO_CHECKOUT_HOURS * HOUR).toISOString(),
  );
  for (const h of stale) {
    const endedAt = new Date(Date.parse(h.startedAt) + AUTO_CHECKOUT_HOURS * HOUR).toISOString();
    await ctx.stores.vol.setHoursState(h.id, 'pending', {
      endedAt,
      hours: AUTO_CHECKOUT_HOURS,
      autoCheckedOut: true,
      by: 'system',
      at: now.toISOString(),
    });
  }
  return stale.length;
}

/** A scan of a volunteer's code at an opportunity: checks in, or out when a check-in is open. */
export async function scanVolunteer(ctx: VolContext, opportunityId: number, code: string) {
  const o = await ctx.stores.vol.getOpportunity(opportunityId);
  if (!o) throw notFound('vol.opportunity', opportunityId);
  authorize(ctx.actor, 'vol.manage', { area: teamArea(o) });
  await closeStaleCheckIns(ctx);
  const v = await ctx.stores.vol.volunteerByToken(code);
  if (!v || v.status === 'erased')
    throw fieldError('body.code', 'vol.code_unknown', 'no volunteer with this code');
  const at = ctx.clock.now().toISOString();
  const open = await ctx.stores.vol.openHours(v.id);
  if (open) {
    const hours = hoursBetween(open.startedAt, at);
    await ctx.stores.vol.setHoursState(open.id, 'pending', { endedAt: at, hours, by: by(ctx), at });
    await ctx.audit.write({
      action: 'vol.hours.check_out',
      entity: 'vol_hours',
      entityId: open.id,
      after: { hours },
    });
    return { action: 'out' as const, hoursId: open.id, hours, volunteerId: v.id };
  }
  const signup = (await ctx.stores.vol.signupsOf({ opportunityId })).find((s) => s.volunteerId === v.id);
  if (signup && signup.status === 'accepted') await ctx.stores.vol.setSignupStatus(signup.id, 'completed');
  const h = await ctx.stores.vol.insertHours(
    {
      volunteerId: v.id,
      teamId: o.teamId,
      opportunityId,
      source: 'check_in',
      state: 'entered',
      startedAt: at,
      endedAt: null,
      hours: 0,
      autoCheckedOut: false,
      note: '',
    },
    by(ctx),
  );
  await ctx.audit.write({
    action: 'vol.hours.check_in',
    entity: 'vol_hours',
    entityId: h.id,
    after: { opportunityId },
  });
  return { action: 'in' as const, hoursId: h.id, hours: 0, volunteerId: v.id };
}

interface Span {
  volunteerId: number;
  teamId: number;
  opportunityId: number | null;
  startedAt: string;
  endedAt: string;
  note: string;
}
async function pendingHours(ctx: VolContext, s: Span, source: 'manager' | 'self') {
  const h = await ctx.stores.vol.insertHours(
    { ...s, source, state: 'pending', hours: hoursBetween(s.startedAt, s.endedAt), autoCheckedOut: false },
    by(ctx),
  );
  await ctx.audit.write({
    action: 'vol.hours.enter',
    entity: 'vol_hours',
    entityId: h.id,
    ...(source === 'self' && { actor: { id: null, username: 'public' } }),
    after: { source, hours: h.hours },
  });
  return h;
}

export async function enterHours(ctx: VolContext, s: Span) {
  await managedTeam(ctx, s.teamId);
  const v = await ctx.stores.vol.getVolunteer(s.volunteerId);
  if (!v || v.status === 'erased')
    throw fieldError('body.volunteerId', 'vol.volunteer_unknown', 'no such volunteer');
  return pendingHours(ctx, s, 'manager');
}

/** A volunteer reports hours of an opportunity they signed up for. */
export async function selfReport(
  ctx: VolContext,
  token: string,
  r: { opportunityId: number; startedAt: string; endedAt: string; note: string },
) {
  const v = await volunteerByKey(ctx, token);
  const o = await ctx.stores.vol.getOpportunity(r.opportunityId);
  const signed = (await ctx.stores.vol.signupsOf({ volunteerId: v.id })).some(
    (s) => s.opportunityId === r.opportunityId && s.status !== 'cancelled',
  );
  if (!o || !signed)
    throw fieldError(
      'body.opportunityId',
      'vol.not_signed_up',
      'report hours only for an opportunity you signed up for',
    );
  if (r.endedAt > ctx.clock.now().toISOString())
    throw fieldError('body.endedAt', 'vol.hours_in_future', 'the service has not ended yet');
  return pendingHours(ctx, { ...r, volunteerId: v.id, teamId: o.teamId }, 'self');
}

/** The hours the actor's teams are to look at (pending first), after closing stale check-ins. */
export async function hoursQueue(ctx: VolContext, states: HourState[]) {
  const teams = await visibleTeams(ctx);
  await closeStaleCheckIns(ctx);
  return ctx.stores.vol.listHours({
    states,
    ...(ctx.actor?.role === 'district' && { teamIds: teams.map((t) => t.id) }),
  });
}

/** Recomputes a volunteer's approved hours and stars from the approved records. */
export async function recomputeStars(ctx: VolContext, volunteerId: number) {
  const [total, levels] = await Promise.all([
    ctx.stores.vol.approvedHoursOf(volunteerId),
    ctx.stores.vol.starHours(),
  ]);
  const star = starFor(total, levels);
  await ctx.stores.vol.setVolunteerHours(volunteerId, total, star);
  return { approvedHours: total, star };
}

/** Moves records in bulk, all or none: every record must allow the move and lie in a team the actor manages. */
export async function moveHours(ctx: VolContext, ids: number[], move: HourMove, reason: string) {
  const list = await ctx.stores.vol.getHours([...new Set(ids)]);
  const missing = ids.find((id) => !list.some((h) => h.id === id));
  if (missing) throw notFound('vol.hours', missing);
  const teams = new Map<number, Awaited<ReturnType<typeof managedTeam>>>();
  for (const h of list) {
    if (!teams.has(h.teamId)) teams.set(h.teamId, await managedTeam(ctx, h.teamId, 'body.ids'));
    if (!nextHourState(h.state, move))
      throw new DomainError('vol.hours.state_conflict', `hours ${h.id} are ${h.state}: cannot ${move}`, {
        id: h.id,
        state: h.state,
        move,
      });
  }
  const at = ctx.clock.now().toISOString();
  for (const h of list) {
    const to = nextHourState(h.state, move) as HourState;
    await ctx.stores.vol.setHoursState(h.id, to, { reason: reason || null, by: by(ctx), at });
    await onLedger(ctx, h, to, teams.get(h.teamId)?.areaCode ?? '', at, reason);
    await ctx.audit.write({
      action: 'vol.hours.move',
      entity: 'vol_hours',
      entityId: h.id,
      before: { state: h.state },
      after: { state: to, reason: reason || undefined },
    });
  }
  const stars = new Map<number, { approvedHours: number; star: number }>();
  for (const vid of new Set(list.map((h) => h.volunteerId))) stars.set(vid, await recomputeStars(ctx, vid));
  return { moved: list.length, stars: Object.fromEntries(stars) };
}

async function onLedger(
  ctx: VolContext,
  h: HourRecord,
  to: HourState,
  areaCode: string,
  at: string,
  reason: string,
) {
  if (to === 'approved') {
    const o = h.opportunityId ? await ctx.stores.vol.getOpportunity(h.opportunityId) : undefined;
    const a = o?.activityId ? await ctx.stores.svc.getActivity(o.activityId) : undefined;
    await ctx.stores.svc.insertLedger([
      {
        kind: 'volunteer_service',
        registrationId: null,
        targetGroup: 'public',
        areaCode,
        campaignId: a?.campaignId ?? null,
        activityId: a?.id ?? null,
        venueId: null,
        count: 1,
        occurredAt: h.startedAt,
        evidence: ledgerEvidence(h.id),
        createdBy: by(ctx),
      },
    ]);
  } else if (h.state === 'approved')
    await ctx.stores.svc.voidLedger({ evidence: ledgerEvidence(h.id) }, reason || to, by(ctx), at);
}
