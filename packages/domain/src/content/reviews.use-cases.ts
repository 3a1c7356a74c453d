// Expert review: the office sends a submitted work to an expert of the pools whose topics meet the work's; the expert
// opens the review by its own key (no account), reads the version and approves it or asks for a revision with
// comments; a review given is the expert's service record. The office may recall a review not yet answered.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { recordContentReview } from '../experts/services.use-cases.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { CntContext } from './cnt.ports.ts';
import type { ReviewRecord } from './cnt.records.ts';
import { actorName, move, nowIso, stateConflict } from './works.use-cases.ts';

/** The hours a review is recorded as on the expert's service record. */
const REVIEW_HOURS = 1;

/** The experts a work may go to: the available experts whose topics meet the work's, those sharing more first. */
export async function reviewerChoices(ctx: CntContext, workId: number) {
  authorize(ctx.actor, 'cnt.review');
  const w = await ctx.stores.cnt.getWork(workId);
  if (!w) throw notFound('cnt.work', workId);
  const experts = await ctx.stores.exp.listExperts({ available: true });
  return experts
    .map((e) => ({ e, shared: e.topics.filter((t) => w.topics.includes(t)) }))
    .filter((x) => x.shared.length > 0 && x.e.status === 'active')
    .sort((a, b) => b.shared.length - a.shared.length || a.e.id - b.e.id)
    .map(({ e, shared }) => ({
      id: e.id,
      name: e.name,
      title: e.title,
      organisation: e.organisation,
      topics: shared,
    }));
}

export async function assignReviewer(ctx: CntContext, workId: number, expertId: number) {
  authorize(ctx.actor, 'cnt.review');
  const w = await ctx.stores.cnt.lockWork(workId);
  if (!w) throw notFound('cnt.work', workId);
  if (w.state !== 'submitted') throw stateConflict(w, 'assign');
  const expert = await ctx.stores.exp.getExpert(expertId);
  if (!expert || expert.status !== 'active' || !expert.available)
    throw fieldError('body.expertId', 'cnt.reviewer_unknown', `no expert ${expertId}`);
  if (!expert.topics.some((t) => w.topics.includes(t)))
    throw fieldError('body.expertId', 'cnt.reviewer_topic', 'the expert reviews none of the work’s topics');
  const { id, token } = await ctx.stores.cnt.insertReview({
    workId,
    version: w.version,
    expertId,
    expertName: expert.name,
    assignedBy: actorName(ctx),
    assignedAt: nowIso(ctx),
  });
  await move(ctx, w, 'assign', expert.name);
  return { id, token, expertName: expert.name };
}

/** The office takes a work back from a reviewer who has not answered (to send it to another). */
export async function recallReview(ctx: CntContext, workId: number, reason: string) {
  authorize(ctx.actor, 'cnt.review');
  const w = await ctx.stores.cnt.lockWork(workId);
  if (!w) throw notFound('cnt.work', workId);
  const pending = (await ctx.stores.cnt.reviewsOf({ workId })).find((r) => r.state === 'pending');
  if (!pending || w.state !== 'in_review') throw stateConflict(w, 'recall');
  await ctx.stores.cnt.setReview(pending.id, 'recalled', reason, nowIso(ctx));
  return move(ctx, w, 'recall', reason);
}

async function reviewOf(ctx: CntContext, token: string): Promise<ReviewRecord> {
  const r = await ctx.stores.cnt.reviewByToken(token);
  if (!r) throw notFound('cnt.review', 'token');
  return r;
}

/** What the expert reads: the work, the version sent, and the review's own state. */
export async function reviewPage(ctx: CntContext, token: string) {
  const r = await reviewOf(ctx, token);
  const [w, v] = await Promise.all([
    ctx.stores.cnt.getWork(r.workId),
    ctx.stores.cnt.getVersion(r.workId, r.version),
  ]);
  if (!w || !v) throw notFound('cnt.review', 'token');
  return {
    review: {
      state: r.state,
      comments: r.comments,
      expertName: r.expertName,
      decidedAt: r.decidedAt,
      assignedAt: r.assignedAt,
    },
    work: {
      title: w.title,
      kind: w.kind,
      topics: w.topics,
      targetGroups: w.targetGroups,
      author: w.author,
      unitName: w.unitName,
      source: w.source,
      licence: w.licence,
      hazard: w.hazard,
    },
    version: { number: v.number, summary: v.summary, body: v.body, mediaUrl: v.mediaUrl, rumour: v.rumour },
  };
}

/** The expert's verdict: approve, or revise with comments. Once given it stands (409 on a second answer). */
export async function giveVerdict(
  ctx: CntContext,
  token: string,
  v: { verdict: 'approve' | 'revise'; comments: string },
) {
  const r = await reviewOf(ctx, token);
  const w = await ctx.stores.cnt.lockWork(r.workId);
  if (!w) throw notFound('cnt.review', 'token');
  if (r.state !== 'pending' || w.state !== 'in_review' || w.version !== r.version)
    throw new DomainError('cnt.review.state_conflict', `review ${r.id} is ${r.state}`, { state: r.state });
  const at = nowIso(ctx);
  await ctx.stores.cnt.setReview(r.id, v.verdict === 'approve' ? 'approved' : 'revise', v.comments, at);
  const by = `${r.expertName}（专家）`;
  const moved = await move(ctx, w, v.verdict, v.comments, by);
  // the expert's service record (on the ledger as the experts' service): a review counts as an hour's work
  await recordContentReview(ctx, {
    expertId: r.expertId,
    date: ctx.clock.today(),
    hours: REVIEW_HOURS,
    ref: `content:${w.id}`,
    note: w.title,
  });
  return { state: moved.state };
}
