// The office previews a year exactly as it would be published, and publishes it: a new version of that year's
// snapshot, audited. Readers of the public side get the newest release (of a year, or the newest year).
import { authorize } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { PubContext, PubStore } from './pub.ports.ts';
import type { PubRelease, PubSnapshot } from './pub.records.ts';
import { reportFacts } from './report.facts.ts';
import { annualReport } from './report.view.ts';
import { buildSnapshot } from './snapshot.build.ts';

export async function previewYear(ctx: PubContext, year: number): Promise<PubSnapshot> {
  authorize(ctx.actor, 'publication.manage');
  return buildSnapshot(ctx, year);
}

export async function publishYear(ctx: PubContext, year: number): Promise<PubRelease> {
  authorize(ctx.actor, 'publication.manage');
  const snapshot = await buildSnapshot(ctx, year);
  const release = await ctx.stores.pub.insertRelease(year, snapshot, ctx.actor?.username ?? 'system');
  await ctx.audit.write({
    action: 'publication.publish',
    entity: 'publication_release',
    entityId: release.id,
    after: { year, version: release.version },
  });
  return release;
}

export async function listReleases(ctx: UseCaseContext<{ pub: PubStore }>) {
  authorize(ctx.actor, 'publication.manage');
  return ctx.stores.pub.listReleases();
}

/** The public release: of `year`, or the newest one; 404 before anything is published. */
export async function publicRelease(
  ctx: UseCaseContext<{ pub: PubStore }>,
  year?: number,
): Promise<PubRelease> {
  const r = await ctx.stores.pub.latest(year);
  if (!r)
    throw new DomainError(
      'publication.release.not_found',
      year ? `nothing published for ${year}` : 'nothing published yet',
      {
        year: year ?? '',
      },
    );
  return r;
}

/** Which release `publicRelease` would answer now (its id), without reading its snapshot: a cheap freshness check. */
export async function publicReleaseId(
  ctx: UseCaseContext<{ pub: PubStore }>,
  year?: number,
): Promise<number | null> {
  const list = await ctx.stores.pub.listReleases();
  const of = year === undefined ? list : list.filter((r) => r.year === year);
  // the newest year, then its newest version (as the store's `latest` orders them)
  const best = of.reduce<(typeof of)[number] | null>(
    (a, r) => (!a || r.year > a.year || (r.year === a.year && r.version > a.version) ? r : a),
    null,
  );
  return best?.id ?? null;
}

/**
 * The annual report of a year's newest release with the office's introduction and conclusion, and what the public side
 * does not show (units' summaries, inspections, exceptions) read now; dates in the jurisdiction's time zone.
 */
export async function annualReportOf(ctx: PubContext, year: number, intro: string, conclusion: string) {
  authorize(ctx.actor, 'publication.manage');
  const release = await publicRelease(ctx, year);
  return annualReport(release, intro, conclusion, await reportFacts(ctx, release), ctx.clock.timeZone);
}
