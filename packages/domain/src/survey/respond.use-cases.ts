// The respondent's side (no account, the invitation token only): open the invitation, consent, save answers as they
// go (resumable), submit once. One response per token; after fieldwork closes the tokens are gone.
import { DomainError, notFound } from '../errors.ts';
import { invalid } from '../kernel/field-error.ts';
import { findInstrument } from './instruments.use-cases.ts';
import { responseIssues } from './response.view.ts';
import type { SurveyContext } from './survey.ports.ts';
import type { SurveyResponseRecord } from './survey.records.ts';
import type { SaveAnswersInput } from './survey.schemas.ts';
import { statusConflict } from './surveys.use-cases.ts';

async function invitation(ctx: SurveyContext, token: string) {
  const inv = await ctx.stores.survey.findInvitation(token);
  if (!inv) throw notFound('survey.invitation', 'token');
  const survey = await ctx.stores.survey.getSurvey(inv.surveyId);
  if (!survey) throw notFound('survey.invitation', 'token');
  const { instrument } = await findInstrument(ctx, survey.instrumentId);
  const response = await ctx.stores.survey.responseOf(inv.id);
  return { inv, survey, instrument, response };
}

/** What the respondent's page shows: the consent, the instrument without its keys, and what is saved so far. */
export async function openInvitation(ctx: SurveyContext, token: string) {
  const { survey, instrument, response } = await invitation(ctx, token);
  return { survey, instrument, response: response ?? null };
}

async function openFor(ctx: SurveyContext, token: string) {
  const found = await invitation(ctx, token);
  if (found.survey.status !== 'fieldwork') throw statusConflict(found.survey, 'fieldwork');
  if (found.response?.submittedAt)
    throw new DomainError('survey.response.submitted_conflict', 'this invitation has been answered already');
  return found;
}

/** The respondent agrees to the consent text: the response starts now. */
export async function giveConsent(ctx: SurveyContext, token: string, device: string | null) {
  const { inv, survey, response } = await openFor(ctx, token);
  if (response) return response;
  const now = ctx.clock.now().toISOString();
  return ctx.stores.survey.insertResponse({
    surveyId: survey.id,
    invitationId: inv.id,
    mode: 'self',
    psuCode: inv.psuCode,
    answers: {},
    demographics: {},
    device,
    interviewerId: null,
    consentAt: now,
    startedAt: now,
  });
}

function started(response: SurveyResponseRecord | undefined): SurveyResponseRecord {
  if (!response) throw new DomainError('survey.consent_missing', 'agree to the consent text first');
  return response;
}

/** Merges the answers given so far into those saved (each checked against the instrument). */
export async function saveAnswers(ctx: SurveyContext, token: string, input: SaveAnswersInput) {
  const { instrument, response } = await openFor(ctx, token);
  const r = started(response);
  const issues = responseIssues(instrument, input.answers ?? {}, input.demographics ?? {}, false);
  if (issues.length) throw invalid(issues);
  return ctx.stores.survey.updateResponse(r.id, {
    answers: { ...r.answers, ...input.answers },
    demographics: { ...r.demographics, ...input.demographics },
    ...(input.device && !r.device && { device: input.device }),
  });
}

/** Submits: every item and question answered, once. */
export async function submitResponse(ctx: SurveyContext, token: string) {
  const { instrument, response, survey } = await openFor(ctx, token);
  const r = started(response);
  const issues = responseIssues(instrument, r.answers, r.demographics, true);
  if (issues.length) throw invalid(issues, 'survey.response_incomplete');
  const done = await ctx.stores.survey.updateResponse(r.id, { submittedAt: ctx.clock.now().toISOString() });
  // the entry says which survey and response, never the answers (personal information)
  await ctx.audit.write({
    action: 'survey.response.submit',
    entity: 'survey_response',
    entityId: r.id,
    after: { surveyId: survey.id, mode: 'self' },
  });
  return done;
}
