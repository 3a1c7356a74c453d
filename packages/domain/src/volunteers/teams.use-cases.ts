// Teams in their hierarchy (支队 → 大队 → 分队), the issuer's seal, the star levels' hours, and who sees which team.
import { authorize, can } from '../auth/policy.ts';
import { fieldError } from '../kernel/field-error.ts';
import { parentLevel, starFor } from './vol.codes.ts';
import type { VolContext } from './vol.ports.ts';
import type { TeamInput, TeamRecord } from './vol.records.ts';

export const teamArea = (t: Pick<TeamRecord, 'areaCode' | 'areaPath'>) => ({
  code: t.areaCode,
  path: t.areaPath,
});

/** The teams the actor reads: all for the office and viewers, those in a district admin's area for it. */
export async function visibleTeams(ctx: VolContext): Promise<TeamRecord[]> {
  authorize(ctx.actor, 'vol.read');
  const teams = await ctx.stores.vol.listTeams();
  if (ctx.actor?.role !== 'district') return teams;
  return teams.filter((t) => can(ctx.actor, 'vol.manage', { area: teamArea(t) }));
}

/** The team, refused unless the actor manages it. */
export async function managedTeam(ctx: VolContext, id: number, path = 'body.teamId'): Promise<TeamRecord> {
  const t = await ctx.stores.vol.getTeam(id);
  if (!t) throw fieldError(path, 'vol.team_unknown', `no team ${id}`);
  authorize(ctx.actor, 'vol.manage', { area: teamArea(t) });
  return t;
}

export async function createTeam(ctx: VolContext, body: TeamInput) {
  const area = await ctx.stores.areas.find(body.areaCode);
  if (!area) throw fieldError('body.areaCode', 'vol.area_unknown', `no area ${body.areaCode}`);
  // a city team is the office's; a district admin makes the teams below it in its own area
  if (body.level === 'city') authorize(ctx.actor, 'vol.settings');
  else authorize(ctx.actor, 'vol.manage', { area });
  const parent = body.parentId ? await ctx.stores.vol.getTeam(body.parentId) : undefined;
  const want = parentLevel[body.level];
  if ((want === null) !== (body.parentId === null) || (body.parentId && parent?.level !== want))
    throw fieldError(
      'body.parentId',
      'vol.team_parent_level',
      `a ${body.level} team's parent is a ${want} team`,
      {
        level: want ?? '',
      },
    );
  const t = await ctx.stores.vol.insertTeam(body);
  await ctx.audit.write({ action: 'vol.team.create', entity: 'vol_team', entityId: t.id, after: body });
  return t;
}

/** PNG magic number: a seal is drawn onto certificates, so only a PNG is kept. */
const isPng = (b: Buffer) =>
  b.length > 8 && b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));

export async function setTeamSeal(ctx: VolContext, id: number, png: Buffer) {
  await managedTeam(ctx, id, 'params.id');
  if (!isPng(png)) throw fieldError('body.file', 'vol.seal_not_png', 'the seal must be a PNG image');
  await ctx.stores.vol.setSeal(id, png);
  await ctx.audit.write({
    action: 'vol.team.seal',
    entity: 'vol_team',
    entityId: id,
    after: { bytes: png.length },
  });
}

/** The teams a person may join when registering: names only. */
export async function publicTeams(ctx: VolContext) {
  return (await ctx.stores.vol.listTeams()).map((t) => ({
    id: t.id,
    name: t.name,
    level: t.level,
    areaName: t.areaName,
  }));
}

export async function starHours(ctx: VolContext) {
  authorize(ctx.actor, 'vol.read');
  return ctx.stores.vol.starHours();
}

export async function setStarHours(ctx: VolContext, hours: number[]) {
  authorize(ctx.actor, 'vol.settings');
  const before = await ctx.stores.vol.starHours();
  await ctx.stores.vol.setStarHours(hours);
  await ctx.audit.write({
    action: 'vol.settings.update',
    entity: 'vol_settings',
    entityId: 1,
    before,
    after: hours,
  });
  // stars follow the new levels at once
  for (const v of await ctx.stores.vol.listVolunteers({}))
    await ctx.stores.vol.setVolunteerHours(v.id, v.approvedHours, starFor(v.approvedHours, hours));
  return hours;
}
