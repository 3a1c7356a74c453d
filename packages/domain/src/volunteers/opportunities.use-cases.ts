// Opportunities (a role with slots, linked to an activity or standalone) and sign-ups: a volunteer applies with
// their key; accepted while slots remain, waitlisted after; the team moves a sign-up on (accepted, no-show, completed).
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { managedTeam, teamArea, visibleTeams } from './teams.use-cases.ts';
import type { SignupState } from './vol.codes.ts';
import type { VolContext } from './vol.ports.ts';
import type { OpportunityInput } from './vol.records.ts';
import { volunteerByKey } from './volunteers.use-cases.ts';

/** The states that hold a slot. */
const holding: readonly SignupState[] = ['accepted', 'completed'];

export async function createOpportunity(ctx: VolContext, body: OpportunityInput) {
  await managedTeam(ctx, body.teamId);
  if (body.activityId && !(await ctx.stores.svc.getActivity(body.activityId)))
    throw fieldError('body.activityId', 'vol.activity_unknown', `no activity ${body.activityId}`);
  const o = await ctx.stores.vol.insertOpportunity(body);
  await ctx.audit.write({
    action: 'vol.opportunity.create',
    entity: 'vol_opportunity',
    entityId: o.id,
    after: body,
  });
  return o;
}

/** Open opportunities for the public page (those not yet over). */
export async function openOpportunities(ctx: VolContext) {
  return ctx.stores.vol.listOpportunities({ from: ctx.clock.now().toISOString() });
}

export async function staffOpportunities(ctx: VolContext) {
  const teams = await visibleTeams(ctx);
  return ctx.stores.vol.listOpportunities(
    ctx.actor?.role === 'district' ? { teamIds: teams.map((t) => t.id) } : {},
  );
}

async function managedOpportunity(ctx: VolContext, id: number) {
  const o = await ctx.stores.vol.getOpportunity(id);
  if (!o) throw notFound('vol.opportunity', id);
  authorize(ctx.actor, 'vol.manage', { area: teamArea(o) });
  return o;
}

export async function opportunityDetail(ctx: VolContext, id: number) {
  const o = await ctx.stores.vol.getOpportunity(id);
  if (!o) throw notFound('vol.opportunity', id);
  authorize(ctx.actor, 'vol.read');
  return { opportunity: o, signups: await ctx.stores.vol.signupsOf({ opportunityId: id }) };
}

export async function signUp(ctx: VolContext, token: string, opportunityId: number) {
  const v = await volunteerByKey(ctx, token);
  const o = await ctx.stores.vol.lockOpportunity(opportunityId);
  if (!o) throw fieldError('params.id', 'vol.opportunity_unknown', `no opportunity ${opportunityId}`);
  if (o.endsAt <= ctx.clock.now().toISOString())
    throw new DomainError('vol.signup.closed_conflict', 'the opportunity is over');
  const mine = (await ctx.stores.vol.signupsOf({ volunteerId: v.id })).find((s) => s.opportunityId === o.id);
  if (mine && mine.status !== 'cancelled') return mine;
  const status: SignupState = o.taken < o.slots ? 'accepted' : 'waitlisted';
  const s = await ctx.stores.vol.upsertSignup(o.id, v.id, status);
  await ctx.audit.write({
    action: 'vol.signup.create',
    entity: 'vol_signup',
    entityId: s.id,
    actor: { id: null, username: 'public' },
    after: { opportunityId: o.id, status },
  });
  return s;
}

/** The volunteer cancels (by key), or the team moves a sign-up on; a freed slot goes to the first on the waitlist. */
export async function setSignupStatus(
  ctx: VolContext,
  opportunityId: number,
  signupId: number,
  status: SignupState,
) {
  const o = await managedOpportunity(ctx, opportunityId);
  return moveSignup(ctx, o.id, signupId, status);
}

export async function cancelSignup(ctx: VolContext, token: string, opportunityId: number) {
  const v = await volunteerByKey(ctx, token);
  const s = (await ctx.stores.vol.signupsOf({ volunteerId: v.id })).find(
    (x) => x.opportunityId === opportunityId,
  );
  if (!s) throw notFound('vol.signup', opportunityId);
  return moveSignup(ctx, opportunityId, s.id, 'cancelled');
}

async function moveSignup(ctx: VolContext, opportunityId: number, signupId: number, status: SignupState) {
  await ctx.stores.vol.lockOpportunity(opportunityId);
  const list = await ctx.stores.vol.signupsOf({ opportunityId });
  const s = list.find((x) => x.id === signupId);
  if (!s) throw notFound('vol.signup', signupId);
  await ctx.stores.vol.setSignupStatus(s.id, status);
  await ctx.audit.write({
    action: 'vol.signup.status',
    entity: 'vol_signup',
    entityId: s.id,
    before: { status: s.status },
    after: { status },
  });
  if (holding.includes(s.status) && !holding.includes(status)) {
    const next = list.find((x) => x.status === 'waitlisted');
    if (next) await ctx.stores.vol.setSignupStatus(next.id, 'accepted');
  }
  return { ...s, status };
}
