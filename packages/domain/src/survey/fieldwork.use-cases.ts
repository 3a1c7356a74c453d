// Fieldwork as the office and analysts run it: invitations (tokens shown once), interviewers' door-to-door entry in
// their PSUs, response-rate and group monitoring, and the analyst's decision on each quality flag.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError, invalid } from '../kernel/field-error.ts';
import { fieldworkFigures } from './fieldwork.view.ts';
import { findInstrument } from './instruments.use-cases.ts';
import { flagResponses } from './quality.view.ts';
import { responseIssues } from './response.view.ts';
import type { SurveyContext } from './survey.ports.ts';
import type { InterviewInput, InvitationsInput, ReviewInput } from './survey.schemas.ts';
import { loadSurvey, psusOf, statusConflict } from './surveys.use-cases.ts';

export async function issueInvitations(ctx: SurveyContext, id: number, input: InvitationsInput) {
  authorize(ctx.actor, 'survey.manage');
  const survey = await loadSurvey(ctx, id);
  if (survey.status === 'closed' || survey.status === 'published')
    throw statusConflict(survey, 'draft or fieldwork');
  if (input.psuCode && !psusOf(survey).some((p) => p.code === input.psuCode))
    throw fieldError('psuCode', 'survey.unknown_psu', `no PSU ${input.psuCode}`, { psu: input.psuCode });
  const contacts = input.contacts ?? Array.from({ length: input.count ?? 0 }, () => null);
  const issued = await ctx.stores.survey.issueInvitations(id, input.psuCode ?? null, contacts);
  // the audit log keeps the count, never a token or a contact
  await ctx.audit.write({
    action: 'survey.tokens.create',
    entity: 'survey',
    entityId: id,
    after: {
      psuCode: input.psuCode ?? null,
      count: issued.length,
      withContacts: input.contacts !== undefined,
    },
  });
  return issued;
}

/** An interviewer's complete door-to-door response, in a PSU assigned to it (the office: any PSU). */
export async function enterInterview(ctx: SurveyContext, id: number, input: InterviewInput) {
  const survey = await loadSurvey(ctx, id);
  const psu = psusOf(survey).find((p) => p.code === input.psuCode);
  if (!psu)
    throw fieldError('psuCode', 'survey.unknown_psu', `no PSU ${input.psuCode}`, { psu: input.psuCode });
  const assigned = (await ctx.stores.survey.assignments(id)).filter((a) => a.psuCode === psu.code);
  authorize(
    ctx.actor,
    'survey.interview',
    assigned.map((a) => a.userId),
  );
  if (survey.status !== 'fieldwork') throw statusConflict(survey, 'fieldwork');
  const { instrument } = await findInstrument(ctx, survey.instrumentId);
  const issues = responseIssues(instrument, input.answers, input.demographics, true);
  if (issues.length) throw invalid(issues, 'survey.response_incomplete');
  const now = ctx.clock.now();
  const created = await ctx.stores.survey.insertResponse({
    surveyId: id,
    invitationId: null,
    mode: 'interviewer',
    psuCode: psu.code,
    answers: input.answers,
    demographics: input.demographics,
    device: null,
    interviewerId: ctx.actor?.userId ?? null,
    startedAt: new Date(now.getTime() - input.minutes * 60_000).toISOString(),
    consentAt: now.toISOString(),
    submittedAt: now.toISOString(),
  });
  await ctx.audit.write({
    action: 'survey.response.enter',
    entity: 'survey_response',
    entityId: created.id,
    after: { surveyId: id, psuCode: psu.code, mode: 'interviewer' },
  });
  return created;
}

/** Invitations, starts and completes by district and PSU; completes by target group. */
export async function fieldworkProgress(ctx: SurveyContext, id: number) {
  authorize(ctx.actor, 'survey.analyse');
  const survey = await loadSurvey(ctx, id);
  const [invited, responses] = await Promise.all([
    ctx.stores.survey.countInvitations(id),
    ctx.stores.survey.listResponses(id),
  ]);
  return fieldworkFigures(survey, invited, responses);
}

/** Submitted responses that carry a flag, with the analyst's decision so far. */
export async function qualityQueue(ctx: SurveyContext, id: number) {
  authorize(ctx.actor, 'survey.analyse');
  const survey = await loadSurvey(ctx, id);
  const { instrument } = await findInstrument(ctx, survey.instrumentId);
  const responses = await ctx.stores.survey.listResponses(id);
  const flags = flagResponses(instrument, responses);
  return responses.filter((r) => flags.has(r.id)).map((r) => ({ response: r, flags: flags.get(r.id) ?? [] }));
}

/** Accepts or excludes a flagged response, with a reason (the estimation leaves excluded ones out). */
export async function reviewResponse(ctx: SurveyContext, id: number, responseId: number, input: ReviewInput) {
  authorize(ctx.actor, 'survey.analyse');
  const survey = await loadSurvey(ctx, id);
  const r = await ctx.stores.survey.getResponse(responseId);
  if (!r || r.surveyId !== id) throw notFound('survey.response', responseId);
  const { instrument } = await findInstrument(ctx, survey.instrumentId);
  if (!flagResponses(instrument, await ctx.stores.survey.listResponses(id)).has(responseId))
    throw new DomainError('survey.response.not_flagged', 'only a flagged response is reviewed', {
      id: responseId,
    });
  const after = await ctx.stores.survey.updateResponse(responseId, {
    review: input.decision,
    reviewReason: input.reason,
    reviewedBy: ctx.actor?.userId ?? null,
  });
  await ctx.audit.write({
    action: 'survey.response.review',
    entity: 'survey_response',
    entityId: responseId,
    before: { review: r.review, reason: r.reviewReason },
    after: { review: input.decision, reason: input.reason },
  });
  return after;
}
