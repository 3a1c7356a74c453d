// Volunteers: real-name registration with consent (a guardian registers and consents for an under-14), the staff
// list (names in full, every read of personal fields audited), a volunteer's own page, data export and deletion
// request by the key given at registration, and the purge of erased volunteers' personal fields.
import { authorize } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { erasePast } from './retention.use-cases.ts';
import { teamArea, visibleTeams } from './teams.use-cases.ts';
import { GUARDIAN_AGE } from './vol.codes.ts';
import type { VolContext } from './vol.ports.ts';
import type { VolunteerRecord } from './vol.records.ts';
import type { VolunteerRegisterBody } from './vol.schemas.ts';

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export async function registerVolunteer(ctx: VolContext, body: VolunteerRegisterBody) {
  const today = ctx.clock.today();
  if (body.birthDate > today)
    throw fieldError('body.birthDate', 'vol.birth_date_future', 'born in the future');
  const minor = ageOn(body.birthDate, today) < GUARDIAN_AGE;
  if (minor && !body.guardian)
    throw fieldError(
      'body.guardian',
      'vol.guardian_required',
      `under ${GUARDIAN_AGE} a guardian registers too`,
    );
  if (body.teamId && !(await ctx.stores.vol.getTeam(body.teamId)))
    throw fieldError('body.teamId', 'vol.team_unknown', `no team ${body.teamId}`);
  const { consent: _, ...v } = body;
  const at = ctx.clock.now().toISOString();
  const { id, token } = await ctx.stores.vol.insertVolunteer(
    { ...v, guardian: minor ? body.guardian : null },
    at,
  );
  await ctx.audit.write({
    action: 'vol.volunteer.register',
    entity: 'vol_volunteer',
    entityId: id,
    actor: { id: null, username: 'public' },
    after: { teamId: v.teamId, minor, publicDisplay: v.publicDisplay },
  });
  return { id, token };
}

/** The volunteer the key belongs to; an erased one is as good as unknown. */
export async function volunteerByKey(ctx: VolContext, token: string): Promise<VolunteerRecord> {
  const v = await ctx.stores.vol.volunteerByToken(token);
  if (!v || v.status === 'erased')
    throw new DomainError('vol.volunteer.not_found', 'no volunteer with this key');
  return v;
}

/** The volunteer's own page: their record, sign-ups, hours, certificates and the star levels. */
export async function ownPage(ctx: VolContext, token: string) {
  const v = await volunteerByKey(ctx, token);
  const [signups, hours, certificates, levels] = await Promise.all([
    ctx.stores.vol.signupsOf({ volunteerId: v.id }),
    ctx.stores.vol.listHours({ volunteerId: v.id }),
    ctx.stores.vol.listCertificates({ volunteerId: v.id }),
    ctx.stores.vol.starHours(),
  ]);
  return { volunteer: v, signups, hours, certificates, starHours: levels };
}

/** Everything kept about the volunteer, as one JSON document (PIPL art. 45). */
export async function exportOwnData(ctx: VolContext, token: string) {
  const page = await ownPage(ctx, token);
  await ctx.audit.write({
    action: 'vol.volunteer.export',
    entity: 'vol_volunteer',
    entityId: page.volunteer.id,
    actor: { id: null, username: 'public' },
  });
  return { exportedAt: ctx.clock.now().toISOString(), ...page };
}

/** The volunteer asks for deletion: personal fields are erased by the next purge; hours stay, anonymised. */
export async function requestDeletion(ctx: VolContext, token: string) {
  const v = await volunteerByKey(ctx, token);
  await ctx.stores.vol.setVolunteerStatus(v.id, 'deletion_requested');
  await ctx.audit.write({
    action: 'vol.volunteer.deletion_request',
    entity: 'vol_volunteer',
    entityId: v.id,
    actor: { id: null, username: 'public' },
  });
  return { status: 'deletion_requested' as const };
}

/** Erases the personal fields of volunteers who asked for it, and of those inactive past the retention. */
export async function purgeVolunteers(ctx: VolContext, retentionDays: number) {
  authorize(ctx.actor, 'vol.settings');
  return { erased: await erasePast(ctx, retentionDays) };
}

/** The staff list: volunteers of the teams the actor reads (and those without a team for the office). */
export async function listVolunteers(ctx: VolContext) {
  const teams = await visibleTeams(ctx);
  const all = ctx.actor?.role !== 'district';
  const list = await ctx.stores.vol.listVolunteers(all ? {} : { teamIds: teams.map((t) => t.id) });
  return list.filter((v) => v.status !== 'erased');
}

/** One volunteer's personal fields (phone, birth date, guardian): the read is audited. */
export async function volunteerDetail(ctx: VolContext, id: number) {
  const v = await ctx.stores.vol.getVolunteer(id);
  if (!v || v.status === 'erased') throw new DomainError('vol.volunteer.not_found', `no volunteer ${id}`);
  const team = v.teamId ? await ctx.stores.vol.getTeam(v.teamId) : undefined;
  if (team) authorize(ctx.actor, 'vol.manage', { area: teamArea(team) });
  else authorize(ctx.actor, 'vol.settings');
  await ctx.audit.write({ action: 'vol.volunteer.read_personal', entity: 'vol_volunteer', entityId: id });
  const [hours, certificates] = await Promise.all([
    ctx.stores.vol.listHours({ volunteerId: id }),
    ctx.stores.vol.listCertificates({ volunteerId: id }),
  ]);
  return { volunteer: v, hours, certificates };
}

/** Star volunteers who consented to public display, most hours first (names masked by the presenter). */
export async function publicStars(ctx: VolContext) {
  const [list, teams] = await Promise.all([ctx.stores.vol.listVolunteers({}), ctx.stores.vol.listTeams()]);
  const names = new Map(teams.map((t) => [t.id, t.name]));
  return list
    .filter((v) => v.status === 'active' && v.publicDisplay && v.star > 0)
    .sort((a, b) => b.approvedHours - a.approvedHours)
    .slice(0, 100)
    .map((v) => ({ volunteer: v, team: (v.teamId && names.get(v.teamId)) || '' }));
}
