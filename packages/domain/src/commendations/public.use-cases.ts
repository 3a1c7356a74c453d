// The published list of a year: the approved nominations by category. An individual's name is masked (张*明) unless
// they consented to public display (a volunteer's own consent, read now; a free entry's recorded consent); a group's
// name is shown in full. Nothing else about a person is answered.
import { DomainError } from '../errors.ts';
import { maskName } from '../volunteers/vol.codes.ts';
import { type Category, categories, categoryKind } from './cmd.codes.ts';
import type { CmdContext } from './cmd.ports.ts';

export interface PublicCommendation {
  name: string;
  /** a group's host or team; empty for an individual */
  affiliation: string;
}
export interface PublicCommendations {
  year: number;
  title: string;
  decisionNumber: string;
  decisionDate: string;
  publishedAt: string;
  categories: { category: Category; kind: 'individual' | 'group'; entries: PublicCommendation[] }[];
}

export async function publicCommendations(ctx: CmdContext, year: number): Promise<PublicCommendations> {
  const round = await ctx.stores.cmd.roundOfYear(year);
  if (!round || round.state !== 'published')
    throw new DomainError('cmd.round.not_found', `no published commendations of ${year}`, { id: year });
  const approved = (await ctx.stores.cmd.listNominations(round.id)).filter((n) => n.state === 'approved');
  const entries: (PublicCommendation & { category: Category })[] = [];
  for (const n of approved) {
    let consent = n.publicConsent;
    if (n.subjectKind === 'volunteer' && n.subjectId) {
      const v = await ctx.stores.vol.getVolunteer(n.subjectId);
      consent = !!v && v.status === 'active' && v.publicDisplay;
    }
    const group = categoryKind[n.category] === 'group';
    entries.push({
      category: n.category,
      name: group || consent ? n.name : maskName(n.name),
      affiliation: group ? n.affiliation : '',
    });
  }
  return {
    year,
    title: round.title,
    decisionNumber: round.decisionNumber ?? '',
    decisionDate: round.decisionDate ?? '',
    publishedAt: round.publishedAt ?? '',
    categories: categories
      .map((category) => ({
        category,
        kind: categoryKind[category],
        entries: entries
          .filter((e) => e.category === category)
          .map(({ name, affiliation }) => ({ name, affiliation })),
      }))
      .filter((c) => c.entries.length > 0),
  };
}

/** The years with a published list, newest first (the portal's links). */
export async function publishedYears(ctx: CmdContext) {
  return (await ctx.stores.cmd.listRounds())
    .filter((r) => r.state === 'published')
    .map((r) => r.year)
    .sort((a, b) => b - a);
}
