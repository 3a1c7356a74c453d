// Reading on the portal: published works by topic, group and kind, the version the office published, rumour cards
// and the emergencies under way. Reads are counted per work and day (a number; nobody is tracked) and written to the
// participation ledger once a day as content_read (reach, not participation).
import type { TargetGroup } from '../services/svc.codes.ts';
import type { WorkKind } from './cnt.codes.ts';
import type { CntContext } from './cnt.ports.ts';
import type { WorkRecord } from './cnt.records.ts';

export interface PublicWorkFilter {
  topic?: string;
  group?: TargetGroup;
  kind?: WorkKind;
}

const card = (w: WorkRecord) => ({
  id: w.id,
  title: w.title,
  kind: w.kind,
  topics: w.topics,
  targetGroups: w.targetGroups,
  hazard: w.hazard,
  author: w.author,
  unitName: w.unitName,
  publishedAt: w.publishedAt,
  demo: w.demo,
});
export type PublicWorkCard = ReturnType<typeof card> & { summary: string };

/** The published works (newest first) with their summaries, and the emergencies under way. */
export async function publicContent(ctx: CntContext) {
  const [works, active] = await Promise.all([
    ctx.stores.cnt.listWorks({ states: ['published'] }),
    ctx.stores.cnt.emergencies({ active: true }),
  ]);
  const cards: PublicWorkCard[] = [];
  for (const w of works) {
    const v = await ctx.stores.cnt.getVersion(w.id, w.publishedVersion ?? w.version);
    cards.push({ ...card(w), summary: v?.summary || v?.body.slice(0, 80) || '' });
  }
  return {
    works: cards,
    emergencies: active.map((e) => ({
      workId: e.workId,
      hazard: e.hazard,
      title: e.title,
      startedAt: e.startedAt,
    })),
  };
}
export type PublicContent = Awaited<ReturnType<typeof publicContent>>;

export function filterWorks(works: PublicWorkCard[], f: PublicWorkFilter) {
  return works.filter(
    (w) =>
      (!f.topic || w.topics.includes(f.topic)) &&
      (!f.group || w.targetGroups.includes(f.group)) &&
      (!f.kind || w.kind === f.kind),
  );
}

/** A published work as the public reads it, or undefined (never a draft, a withdrawn work or a version not published). */
export async function publicWork(ctx: CntContext, id: number) {
  const w = await ctx.stores.cnt.getWork(id);
  if (!w || w.state !== 'published' || w.publishedVersion === null) return undefined;
  const v = await ctx.stores.cnt.getVersion(id, w.publishedVersion);
  if (!v) return undefined;
  return {
    ...card(w),
    source: w.source,
    licence: w.licence,
    summary: v.summary,
    body: v.body,
    mediaUrl: v.mediaUrl,
    rumour: v.rumour,
  };
}
export type PublicWork = NonNullable<Awaited<ReturnType<typeof publicWork>>>;

/** One read of a published work, counted for today (the jurisdiction's day). */
export async function countRead(ctx: CntContext, id: number) {
  await ctx.stores.cnt.countRead(id, ctx.clock.today());
}

/** The days before today, each work's reads one ledger entry (a job; each day written once). */
export async function readsToLedger(ctx: CntContext, areaCode: string) {
  const counts = await ctx.stores.cnt.takeReadsBefore(ctx.clock.today());
  if (counts.length === 0) return 0;
  await ctx.stores.svc.insertLedger(
    counts.map((c) => ({
      kind: 'content_read' as const,
      registrationId: null,
      targetGroup: 'public' as const,
      areaCode,
      campaignId: null,
      activityId: null,
      venueId: null,
      count: c.count,
      occurredAt: `${c.day}T12:00:00Z`,
      evidence: `cnt_reads:${c.workId}:${c.day}`,
      createdBy: 'system',
    })),
  );
  return counts.length;
}
