// The satisfaction survey after an activity (issue 15's post-event survey, anonymous): from the start of its first
// session to 30 days after its last, anyone who came answers three ratings, whether they would recommend it and an
// optional comment, through the activity's open link (a poster QR) or their ticket (one answer per ticket). Staff read
// the counts, averages and comments; no answer says who gave it.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { ActivityState } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';
import type { ActivityRecord, FeedbackRecord, SessionRecord } from './svc.records.ts';
import type { FeedbackBody } from './svc.schemas.ts';

/** How long after its last session an activity takes answers. */
export const FEEDBACK_DAYS = 30;
/** The states in which an activity has been (or is being) held. */
const answerable: readonly ActivityState[] = ['published', 'completed', 'summary_submitted', 'accepted'];

/** When the survey opens (the first session's start) and closes; null before the activity has a session. */
export function feedbackWindow(sessions: Pick<SessionRecord, 'startsAt' | 'endsAt'>[]) {
  if (!sessions.length) return null;
  const opensAt = sessions.map((s) => s.startsAt).sort()[0] as string;
  const lastEnd = sessions
    .map((s) => s.endsAt)
    .sort()
    .at(-1) as string;
  const closesAt = new Date(Date.parse(lastEnd) + FEEDBACK_DAYS * 86_400_000).toISOString();
  return { opensAt, closesAt };
}

async function surveyed(ctx: SvcContext, id: number) {
  const a = await ctx.stores.svc.getActivity(id);
  if (!a || !answerable.includes(a.state)) throw notFound('svc.activity', id);
  const window = feedbackWindow(await ctx.stores.svc.sessionsOf([id]));
  const now = ctx.clock.now().toISOString();
  const state = !window || now < window.opensAt ? 'not_yet' : now > window.closesAt ? 'closed' : 'open';
  return { a, window, state: state as 'not_yet' | 'open' | 'closed' };
}

/** What the survey page shows before answering: the activity and whether the survey takes answers now. */
export async function feedbackForm(ctx: SvcContext, id: number) {
  const { a, window, state } = await surveyed(ctx, id);
  return {
    activity: { id: a.id, title: a.title, areaName: a.areaName, address: a.address, mode: a.mode },
    state,
    opensAt: window?.opensAt ?? null,
    closesAt: window?.closesAt ?? null,
  };
}

export async function giveFeedback(ctx: SvcContext, id: number, body: FeedbackBody) {
  const { a, window, state } = await surveyed(ctx, id);
  if (state !== 'open')
    throw new DomainError(
      'svc.feedback.closed_conflict',
      'the survey takes answers from the start to 30 days after',
      {
        opensAt: window?.opensAt ?? null,
        closesAt: window?.closesAt ?? null,
      },
    );
  let registrationId: number | null = null;
  if (body.token) {
    const r = await ctx.stores.svc.findTicket(body.token);
    if (!r || r.activityId !== a.id)
      throw fieldError('body.token', 'svc.feedback.ticket_unknown', 'not a ticket of this activity');
    registrationId = r.id;
  }
  const { token: _, ...answer } = body;
  const stored = await ctx.stores.svc.insertFeedback({ ...answer, activityId: a.id, registrationId });
  if (stored === null)
    throw new DomainError('svc.feedback.answered_conflict', 'this ticket has answered the survey already');
  await ctx.audit.write({
    action: 'svc.feedback.create',
    entity: 'svc_feedback',
    entityId: stored,
    after: { activityId: a.id, overall: body.overall, ticket: registrationId !== null },
  });
  return { id: stored };
}

const mean = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100 : null;

/** Counts by rating (1–5) of one question. */
const spread = (xs: number[]) => [1, 2, 3, 4, 5].map((k) => xs.filter((x) => x === k).length);

/** The survey's results for the staff who read the activity: counts, averages, spreads and the comments, newest first. */
export async function feedbackResults(ctx: SvcContext, id: number) {
  authorize(ctx.actor, 'svc.ledger.read');
  const a: ActivityRecord | undefined = await ctx.stores.svc.getActivity(id);
  if (!a) throw notFound('svc.activity', id);
  const all: FeedbackRecord[] = await ctx.stores.svc.feedbackOf(id);
  const pick = (k: 'overall' | 'content' | 'organisation') => all.map((f) => f[k]);
  const said = all.filter((f) => f.recommend !== null);
  return {
    window: feedbackWindow(await ctx.stores.svc.sessionsOf([id])),
    answers: all.length,
    fromTickets: all.filter((f) => f.ticket).length,
    questions: (['overall', 'content', 'organisation'] as const).map((k) => ({
      key: k,
      mean: mean(pick(k)),
      spread: spread(pick(k)),
    })),
    recommend: { yes: said.filter((f) => f.recommend).length, no: said.filter((f) => !f.recommend).length },
    comments: all
      .filter((f) => f.comment)
      .slice(0, 100)
      .map((f) => ({ text: f.comment, overall: f.overall, at: f.createdAt })),
  };
}
