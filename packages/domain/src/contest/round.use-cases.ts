// A round, server-authoritative: an attempt opened by the server's clock with its paper drawn and frozen, an answer
// sheet scored by the contest's policy and refused when it comes after the deadline. openAttempt and closeAttempt
// decide; recordStarts and recordResults write a batch of them in one transaction (the live layer batches them),
// each submitted attempt also a `quiz` entry in the participation ledger.
import { DomainError } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { districtOf } from '../services/ledger.view.ts';
import type { ContestContext } from './contest.ports.ts';
import type { Attempt, AttemptResult, AttemptStart, Contest, QuizItem, Signal } from './contest.records.ts';
import type { StartBody, SubmitBody } from './contest.schemas.ts';
import { imageUrl } from './images.use-cases.ts';
import { drawPaper, maskName, scorePaper, speedBonus } from './paper.ts';
import { speedSignal } from './signals.ts';

/** A submission this long after the deadline still counts (the network's delay); later ones are refused. */
export const GRACE_SECONDS = 3;

export function checkOpen(contest: Contest | undefined, now: Date): Contest {
  if (!contest) throw new DomainError('contest.not_found', 'no such contest');
  const t = now.toISOString();
  if (t < contest.opensAt) throw new DomainError('contest.not_open_conflict', 'the contest has not opened');
  if (t >= contest.closesAt) throw new DomainError('contest.closed_conflict', 'the contest has closed');
  return contest;
}

/** Eligibility, the cap (attempts so far, counted by the caller) and the paper; nothing is written here. The caller
 *  makes the attempt's random token and the player's key (a keyed hash of the phone number). */
export function openAttempt(
  ids: { token: string; playerKey: string },
  contest: Contest,
  bank: QuizItem[],
  area: { code: string; path: string[] } | undefined,
  body: StartBody,
  now: Date,
  attemptsSoFar: number,
  teamId: number | null = null,
): AttemptStart {
  if (!area || !(area.code === contest.areaCode || area.path.includes(contest.areaCode)))
    throw fieldError('body.areaCode', 'contest.area_ineligible', 'the contest is not open to this area');
  if (!contest.targetGroups.includes(body.targetGroup))
    throw fieldError('body.targetGroup', 'contest.group_ineligible', 'the contest is not open to this group');
  if (attemptsSoFar >= contest.attemptCap)
    throw new DomainError('contest.cap_conflict', 'no attempts left', { cap: contest.attemptCap });
  const eligible = bank.filter(
    (i) => i.targetGroups.includes(body.targetGroup) || i.targetGroups.includes('public'),
  );
  const paper = drawPaper(eligible, contest.rules);
  if (!paper.length) throw new DomainError('contest.bank_empty_conflict', 'no approved items for this paper');
  const startedAt = now.toISOString();
  const limitEnd = contest.timeLimit === null ? null : now.getTime() + contest.timeLimit * 1000;
  const deadline =
    limitEnd === null ? null : new Date(Math.min(limitEnd, Date.parse(contest.closesAt))).toISOString();
  return {
    ...ids,
    contestId: contest.id,
    maskedName: maskName(body.name),
    unit: body.unit,
    areaCode: area.code,
    district: districtOf(contest.areaCode, area.path, area.code),
    targetGroup: body.targetGroup,
    device: body.device,
    teamId,
    paper,
    startedAt,
    deadline,
  };
}

/** The paper as a player sees it: no answers, no explanations. */
export const paperView = (items: QuizItem[]) =>
  items.map((i) => ({
    id: i.id,
    kind: i.kind,
    stem: i.stem,
    options: i.options,
    difficulty: i.difficulty,
    image: i.image && { url: imageUrl(i.image.id), alt: i.image.alt },
  }));

/** Scores an answer sheet by the server's clock: late (past the deadline and its grace) or twice is refused. */
export function closeAttempt(
  contest: Contest,
  attempt: AttemptStart,
  items: QuizItem[],
  body: SubmitBody,
  now: Date,
  submitted: boolean,
): AttemptResult & { points: number[] } {
  if (submitted)
    throw new DomainError('contest.attempt.submitted_conflict', 'this attempt was already submitted');
  const end = Math.min(
    attempt.deadline ? Date.parse(attempt.deadline) : Number.POSITIVE_INFINITY,
    Date.parse(contest.closesAt),
  );
  if (now.getTime() > end + GRACE_SECONDS * 1000)
    throw new DomainError('contest.attempt.late_conflict', 'the time for this paper is over', {
      deadline: new Date(end).toISOString(),
    });
  if (body.answers.length !== attempt.paper.length)
    throw fieldError('body.answers', 'contest.answers_count', `the paper has ${attempt.paper.length} items`);
  const byId = new Map(items.map((i) => [i.id, i]));
  const ordered = attempt.paper.map((id) => byId.get(id) as QuizItem);
  const seconds = (now.getTime() - Date.parse(attempt.startedAt)) / 1000;
  const bonus = contest.mode === 'untimed' ? 0 : speedBonus(contest.scoring, seconds, contest.timeLimit);
  const { score, correct, points } = scorePaper(ordered, body.answers, contest.scoring, bonus);
  const signals = [speedSignal(seconds, ordered.length)].filter((s): s is Signal => s !== null);
  return {
    token: attempt.token,
    answers: body.answers,
    score,
    correct,
    submittedAt: now.toISOString(),
    seconds,
    signals,
    points,
  };
}

export async function recordStarts(ctx: ContestContext, starts: AttemptStart[]) {
  await ctx.stores.contest.insertAttempts(starts);
}

/** Writes a batch of results, their signals as flags for review and, for each one written, a ledger entry. */
export async function recordResults(
  ctx: ContestContext,
  results: (AttemptResult & { attempt: AttemptStart })[],
) {
  const written = new Set(await ctx.stores.contest.saveResults(results));
  const fresh = results.filter((r) => written.has(r.token));
  await ctx.stores.contest.insertFlags(
    fresh.flatMap((r) =>
      r.signals.map((signal) => ({
        contestId: r.attempt.contestId,
        token: r.token,
        signal,
        at: r.submittedAt,
      })),
    ),
  );
  await ctx.stores.svc.insertLedger(
    fresh.map((r) => ({
      kind: 'quiz' as const,
      registrationId: null,
      targetGroup: r.attempt.targetGroup,
      areaCode: r.attempt.areaCode,
      campaignId: null,
      activityId: null,
      venueId: null,
      count: 1,
      occurredAt: r.submittedAt,
      evidence: `contest:${r.attempt.contestId}`,
      createdBy: 'public',
    })),
  );
  return written;
}

export type { Attempt };
