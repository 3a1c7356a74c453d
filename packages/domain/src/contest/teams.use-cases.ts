// A team contest's teams: the office adds them (a name, a unit, an area; the server gives each a code players join
// by), staff read them with their codes, players see the names to choose from. Audited like every mutation.
import { randomBytes } from 'node:crypto';
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { ContestContext } from './contest.ports.ts';
import type { Team } from './contest.records.ts';
import type { StartBody, TeamBody } from './contest.schemas.ts';

/** Six letters and digits without the ones read alike (0/O, 1/I). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const teamCode = () => Array.from(randomBytes(6), (b) => ALPHABET[b % ALPHABET.length]).join('');

export async function createTeam(ctx: ContestContext, contestId: number, body: TeamBody) {
  authorize(ctx.actor, 'contest.manage');
  const contest = await ctx.stores.contest.getContest(contestId);
  if (!contest) throw notFound('contest', contestId);
  if (!contest.teamMode)
    throw new DomainError('contest.not_team_conflict', 'this contest is not in team mode');
  if (!(await ctx.stores.areas.find(body.areaCode)))
    throw fieldError('body.areaCode', 'contest.area_unknown', `no area ${body.areaCode}`);
  let team: Team | undefined;
  for (let i = 0; i < 5 && !team; i++) {
    if ((await ctx.stores.contest.listTeams(contestId)).some((t) => t.name === body.name))
      throw fieldError('body.name', 'contest.team.name_taken', 'the contest has a team of this name');
    team = await ctx.stores.contest.insertTeam(
      { contestId, name: body.name, unit: body.unit, areaCode: body.areaCode, code: teamCode() },
      ctx.actor?.username ?? 'system',
    );
  }
  if (!team) throw new DomainError('contest.team.code_conflict', 'no free team code, try again');
  await ctx.audit.write({
    action: 'contest.team.create',
    entity: 'contest_team',
    entityId: team.id,
    after: team,
  });
  return team;
}

export async function listTeams(ctx: ContestContext, contestId: number) {
  authorize(ctx.actor, 'contest.read');
  return ctx.stores.contest.listTeams(contestId);
}

/** The team a player names when starting, by its id (chosen from the list) or its code; a team contest needs one. */
export function teamOf(
  contest: { teamMode: boolean },
  teams: Team[],
  body: Pick<StartBody, 'teamId' | 'teamCode'>,
): number | null {
  if (!contest.teamMode) return null;
  if (body.teamCode) {
    const t = teams.find((x) => x.code === body.teamCode);
    if (!t) throw fieldError('body.teamCode', 'contest.team.unknown', 'no team with this code');
    return t.id;
  }
  if (body.teamId === undefined)
    throw fieldError(
      'body.teamId',
      'contest.team.required',
      'a team contest: choose a team or type its code',
    );
  if (!teams.some((x) => x.id === body.teamId))
    throw fieldError('body.teamId', 'contest.team.unknown', 'no such team in this contest');
  return body.teamId;
}

/** The teams a player chooses from: names and units, not the codes. */
export async function publicTeams(ctx: ContestContext, contestId: number) {
  const teams = await ctx.stores.contest.listTeams(contestId);
  return teams.map((t) => ({ id: t.id, name: t.name, unit: t.unit }));
}
