// Candidates from the data: volunteers and teams by their approved hours and activities served in the round's period,
// venues by their assessment grade of the round's year; each with its figures and the rules it falls short of, in
// the reader's scope (a district admin its area, a liaison its unit's venues).
import { authorize, can } from '../auth/policy.ts';
import type { AreaScope } from '../kernel/scope.ts';
import {
  type Category,
  type Figures,
  type Rule,
  type SubjectKind,
  suggestedKind,
  unmetRules,
} from './cmd.codes.ts';
import type { CmdContext } from './cmd.ports.ts';
import type { RoundRecord } from './cmd.records.ts';

export interface Subject {
  subjectKind: Exclude<SubjectKind, 'free'>;
  subjectId: number;
  name: string;
  affiliation: string;
  areaCode: string | null;
  unitId: number | null;
  /** a volunteer's consent to public display */
  publicConsent: boolean;
  figures: Figures;
}
export interface Candidate extends Subject {
  category: Category;
  unmet: Rule[];
  nominated: boolean;
}

/** Scope of a nomination: its area (with the area's path) and unit. */
export async function scopeOf(ctx: CmdContext, x: { areaCode: string | null; unitId: number | null }) {
  const area: AreaScope | null = x.areaCode ? ((await ctx.stores.areas.find(x.areaCode)) ?? null) : null;
  return { area, unitId: x.unitId };
}

/** Every volunteer, team or venue the data knows, with its figures for the round. */
export async function subjectsOf(
  ctx: CmdContext,
  round: RoundRecord,
  kind: Subject['subjectKind'],
): Promise<Subject[]> {
  const { vol, svc, cmd } = ctx.stores;
  if (kind === 'venue') {
    const [venues, reports] = await Promise.all([svc.listVenues(), svc.venueReports(round.year)]);
    const grade = new Map(
      reports.filter((r) => r.grade && r.state !== 'submitted').map((r) => [r.venueId, r.grade?.label.zh]),
    );
    return venues.map((v) => ({
      subjectKind: 'venue',
      subjectId: v.id,
      name: v.name,
      affiliation: '',
      areaCode: v.areaCode,
      unitId: v.hostUnitId,
      publicConsent: true,
      figures: grade.has(v.id) ? { grade: grade.get(v.id) } : {},
    }));
  }
  const teams = await vol.listTeams();
  if (kind === 'team') {
    const figs = new Map((await cmd.teamFigures(round.periodFrom, round.periodTo)).map((f) => [f.id, f]));
    return teams.map((t) => ({
      subjectKind: 'team',
      subjectId: t.id,
      name: t.name,
      affiliation: t.host,
      areaCode: t.areaCode,
      unitId: null,
      publicConsent: true,
      figures: {
        members: t.members,
        approvedHours: figs.get(t.id)?.approvedHours ?? 0,
        activities: figs.get(t.id)?.activities ?? 0,
      },
    }));
  }
  const byId = new Map(teams.map((t) => [t.id, t]));
  const [people, figures] = await Promise.all([
    vol.listVolunteers({}),
    cmd.volunteerFigures(round.periodFrom, round.periodTo),
  ]);
  const figs = new Map(figures.map((f) => [f.id, f]));
  return people
    .filter((p) => p.status === 'active')
    .map((p) => {
      const team = p.teamId ? byId.get(p.teamId) : undefined;
      return {
        subjectKind: 'volunteer',
        subjectId: p.id,
        name: p.name,
        affiliation: team?.name ?? '',
        areaCode: team?.areaCode ?? null,
        unitId: null,
        publicConsent: p.publicDisplay,
        figures: {
          approvedHours: figs.get(p.id)?.approvedHours ?? 0,
          activities: figs.get(p.id)?.activities ?? 0,
        },
      };
    });
}

/** Whether the actor reads (and, but for a viewer, nominates) within this scope. */
export async function inScope(ctx: CmdContext, x: { areaCode: string | null; unitId: number | null }) {
  if (ctx.actor?.role === 'office' || ctx.actor?.role === 'viewer') return true;
  return can(ctx.actor, 'cmd.nominate', await scopeOf(ctx, x));
}

/** The candidates the data suggests for each category: those meeting every rule, in the reader's scope. */
export async function candidates(ctx: CmdContext, round: RoundRecord): Promise<Candidate[]> {
  authorize(ctx.actor, 'cmd.read');
  const nominations = await ctx.stores.cmd.listNominations(round.id);
  const taken = new Set(nominations.map((n) => `${n.category}:${n.subjectKind}:${n.subjectId}`));
  const out: Candidate[] = [];
  for (const category of Object.keys(suggestedKind) as Category[]) {
    const kind = suggestedKind[category];
    if (!kind) continue;
    for (const s of await subjectsOf(ctx, round, kind)) {
      const unmet = unmetRules(round.thresholds[category], s.figures);
      if (unmet.length || !(await inScope(ctx, s))) continue;
      out.push({ ...s, category, unmet, nominated: taken.has(`${category}:${kind}:${s.subjectId}`) });
    }
  }
  return out;
}
