// Nominations: by a district admin (its area), a unit's liaison (its unit) or the office, of a candidate the data
// knows (its figures read now) or a free entry; one below the category's thresholds only with a reason, and flagged.
// The office reviews (pass, return, reject with a comment); the nominator resubmits a returned one.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { scopeOf, subjectsOf } from './candidates.use-cases.ts';
import {
  type NominationMove,
  nextState,
  nominationMoves,
  type Rule,
  suggestedKind,
  unmetRules,
} from './cmd.codes.ts';
import type { CmdContext } from './cmd.ports.ts';
import type { NominationRecord } from './cmd.records.ts';
import type { NominationBody } from './cmd.schemas.ts';
import { findRound, roundConflict } from './rounds.use-cases.ts';

const by = (ctx: CmdContext) => ctx.actor?.username ?? 'system';
const ruleText = (r: Rule) => (r.metric === 'grade' ? `grade=${r.equals}` : `${r.metric}>=${r.min}`);

function requireReason(unmet: Rule[], reason: string) {
  if (unmet.length && !reason)
    throw fieldError(
      'body.belowReason',
      'cmd.below_reason_required',
      `below the thresholds (${unmet.map(ruleText).join(', ')}): give a reason`,
      { rules: unmet.map(ruleText).join('、') },
    );
}

export async function nominate(ctx: CmdContext, roundId: number, body: NominationBody) {
  const round = await findRound(ctx, roundId);
  if (round.state !== 'nominating') throw roundConflict(round, 'nominate');
  const kind = suggestedKind[body.category];
  if (body.subjectKind !== 'free' && body.subjectKind !== kind)
    throw fieldError(
      'body.subjectKind',
      'cmd.subject_kind',
      `${body.category} does not take a ${body.subjectKind}`,
      {
        kind: kind ?? 'free',
      },
    );
  let subject: {
    name: string;
    affiliation: string;
    areaCode: string | null;
    unitId: number | null;
    publicConsent: boolean;
    figures: NominationRecord['figures'];
  };
  if (body.subjectKind === 'free') {
    const actor = ctx.actor;
    subject = {
      name: body.name,
      affiliation: body.affiliation,
      // a free entry belongs to the nominator's own area or unit unless the office says otherwise
      areaCode: body.areaCode ?? (actor?.role === 'district' ? actor.areaCode : null),
      unitId: body.unitId ?? (actor?.role === 'liaison' ? actor.unitId : null),
      publicConsent: body.publicConsent,
      figures: {},
    };
  } else {
    const found = (await subjectsOf(ctx, round, body.subjectKind)).find(
      (s) => s.subjectId === body.subjectId,
    );
    if (!found)
      throw fieldError('body.subjectId', 'cmd.subject_unknown', `no ${body.subjectKind} ${body.subjectId}`);
    subject = found;
  }
  if (subject.areaCode && !(await ctx.stores.areas.find(subject.areaCode)))
    throw fieldError('body.areaCode', 'cmd.area_unknown', `no area ${subject.areaCode}`);
  authorize(ctx.actor, 'cmd.nominate', await scopeOf(ctx, subject));
  const twice = (await ctx.stores.cmd.listNominations(roundId)).some(
    (n) => n.category === body.category && n.subjectKind !== 'free' && n.subjectId === body.subjectId,
  );
  if (body.subjectKind !== 'free' && twice)
    throw new DomainError(
      'cmd.nomination.exists',
      `${subject.name} is nominated in ${body.category} already`,
      {
        name: subject.name,
      },
    );
  const unmet = unmetRules(round.thresholds[body.category], subject.figures);
  requireReason(unmet, body.belowReason);
  const n = await ctx.stores.cmd.insertNomination(
    {
      roundId,
      category: body.category,
      subjectKind: body.subjectKind,
      subjectId: body.subjectId,
      ...subject,
      citation: body.citation,
      evidence: body.evidence,
      belowThreshold: unmet.length > 0,
      belowReason: unmet.length ? body.belowReason : '',
    },
    by(ctx),
    ctx.clock.now().toISOString(),
  );
  await ctx.audit.write({
    action: 'cmd.nomination.create',
    entity: 'cmd_nomination',
    entityId: n.id,
    after: {
      roundId,
      category: n.category,
      subjectKind: n.subjectKind,
      subjectId: n.subjectId,
      belowThreshold: n.belowThreshold,
    },
  });
  return n;
}

async function findNomination(ctx: CmdContext, id: number) {
  const n = await ctx.stores.cmd.getNomination(id);
  if (!n) throw notFound('cmd.nomination', id);
  return n;
}

const nominationConflict = (n: NominationRecord, move: string) =>
  new DomainError('cmd.nomination.state_conflict', `nomination ${n.id} is ${n.state}: cannot ${move}`, {
    id: n.id,
    state: n.state,
    move,
  });

async function logMove(
  ctx: CmdContext,
  n: NominationRecord,
  move: NominationMove,
  to: NominationRecord['state'],
  comment: string,
) {
  await ctx.stores.cmd.insertEvent({
    entity: 'nomination',
    entityId: n.id,
    move,
    fromState: n.state,
    toState: to,
    comment,
    by: by(ctx),
    at: ctx.clock.now().toISOString(),
  });
  await ctx.audit.write({
    action: 'cmd.nomination.move',
    entity: 'cmd_nomination',
    entityId: n.id,
    before: { state: n.state },
    after: { state: to, move, comment: comment || undefined },
  });
}

/** The office's review of one nomination, while the round is open or under review. */
export async function reviewNomination(
  ctx: CmdContext,
  id: number,
  r: { move: 'pass' | 'return' | 'reject'; comment: string },
) {
  authorize(ctx.actor, 'cmd.manage');
  const n = await findNomination(ctx, id);
  const round = await findRound(ctx, n.roundId);
  if (round.state !== 'nominating' && round.state !== 'reviewing') throw roundConflict(round, r.move);
  const to = nextState(nominationMoves, n.state, r.move);
  if (!to) throw nominationConflict(n, r.move);
  await ctx.stores.cmd.updateNomination(id, { state: to, comment: r.comment });
  await logMove(ctx, n, r.move, to, r.comment);
  return findNomination(ctx, id);
}

/** The nominator sends a returned nomination again, with its citation, evidence or reason changed. */
export async function resubmitNomination(
  ctx: CmdContext,
  id: number,
  patch: { citation?: string | undefined; evidence?: string[] | undefined; belowReason?: string | undefined },
) {
  const n = await findNomination(ctx, id);
  authorize(ctx.actor, 'cmd.nominate', await scopeOf(ctx, n));
  const round = await findRound(ctx, n.roundId);
  if (round.state !== 'nominating' && round.state !== 'reviewing') throw roundConflict(round, 'resubmit');
  const to = nextState(nominationMoves, n.state, 'resubmit');
  if (!to) throw nominationConflict(n, 'resubmit');
  const unmet = unmetRules(round.thresholds[n.category], n.figures);
  const belowReason = patch.belowReason ?? n.belowReason;
  requireReason(unmet, belowReason);
  await ctx.stores.cmd.updateNomination(id, {
    state: to,
    ...(patch.citation !== undefined && { citation: patch.citation }),
    ...(patch.evidence !== undefined && { evidence: patch.evidence }),
    belowReason: unmet.length ? belowReason : '',
    belowThreshold: unmet.length > 0,
  });
  await logMove(ctx, n, 'resubmit', to, '');
  return findNomination(ctx, id);
}
