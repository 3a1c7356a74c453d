// Surveys: name, year, instrument version, districts and consent text; the design written down while in draft; the
// stage draft → fieldwork → closed → published (closing deletes the invitations, so no response can be traced back
// to a contact list); interviewers assigned to PSUs.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError, invalid, issue } from '../kernel/field-error.ts';
import { inSubtree } from '../kernel/scope.ts';
import { publishWithEstimate } from './analysis.use-cases.ts';
import { findInstrument } from './instruments.use-cases.ts';
import { requireAnswersKept } from './retention.use-cases.ts';
import type { SurveyContext } from './survey.ports.ts';
import type { StoredSurvey, SurveyStatus } from './survey.records.ts';
import type {
  AssignmentsInput,
  NewSurveyInput,
  StatusInput,
  SurveyDesignInput,
  SurveyPatchInput,
} from './survey.schemas.ts';

/** A survey is of the jurisdiction its districts lie in (issue 13); outside a request, every survey is. */
async function inJurisdiction(ctx: SurveyContext, s: StoredSurvey): Promise<boolean> {
  if (!ctx.jurisdiction) return true;
  return inSubtree(await ctx.stores.areas.find(s.districts[0] ?? ''), ctx.jurisdiction);
}

/** The surveys of the request's jurisdiction. */
export async function listSurveys(ctx: SurveyContext): Promise<StoredSurvey[]> {
  authorize(ctx.actor, 'survey.read');
  const all = await ctx.stores.survey.listSurveys();
  const mine = await Promise.all(all.map((s) => inJurisdiction(ctx, s)));
  return all.filter((_, k) => mine[k]);
}

/** A survey of the request's jurisdiction; another one is not found. */
export async function loadSurvey(ctx: SurveyContext, id: number): Promise<StoredSurvey> {
  const s = await ctx.stores.survey.getSurvey(id);
  if (!s || !(await inJurisdiction(ctx, s))) throw notFound('survey', id);
  return s;
}

export async function getSurvey(ctx: SurveyContext, id: number) {
  authorize(ctx.actor, 'survey.read');
  const survey = await loadSurvey(ctx, id);
  const [instrument, assignments] = await Promise.all([
    ctx.stores.survey.getInstrument(survey.instrumentId),
    ctx.stores.survey.assignments(id),
  ]);
  return { survey, instrument, assignments };
}

/** The survey's instrument, for the interviewer's entry page (the route leaves the keys out). */
export async function surveyInstrument(ctx: SurveyContext, id: number) {
  authorize(ctx.actor, 'survey.read');
  const survey = await loadSurvey(ctx, id);
  return (await findInstrument(ctx, survey.instrumentId)).instrument;
}

/** The PSUs of a survey's written-down design (none before it is set). */
export const psusOf = (s: StoredSurvey): SurveyDesignInput['psus'] =>
  (s.design as SurveyDesignInput | null)?.psus ?? [];

export const statusConflict = (s: StoredSurvey, wanted: string) =>
  new DomainError('survey.status_conflict', `the survey is ${s.status}; this needs it ${wanted}`, {
    status: s.status,
    wanted,
  });

async function checkDistricts(ctx: SurveyContext, districts: string[]) {
  const issues = [];
  // districts of the request's jurisdiction only (issue 13)
  for (const [i, code] of districts.entries()) {
    const area = await ctx.stores.areas.find(code);
    if (!area || (ctx.jurisdiction && !inSubtree(area, ctx.jurisdiction)))
      issues.push(issue(`districts.${i}`, 'survey.unknown_district', `no area ${code}`, { code }));
  }
  if (issues.length) throw invalid(issues);
}

export async function createSurvey(ctx: SurveyContext, input: NewSurveyInput): Promise<StoredSurvey> {
  authorize(ctx.actor, 'survey.manage');
  const { instrument } = await findInstrument(ctx, input.instrumentId).catch(() => {
    throw fieldError('instrumentId', 'survey.unknown_instrument', `no instrument ${input.instrumentId}`, {
      id: input.instrumentId,
    });
  });
  await checkDistricts(ctx, input.districts);
  const created = await ctx.stores.survey.insertSurvey({
    ...input,
    consent: input.consent ?? instrument.consent,
  });
  await ctx.audit.write({ action: 'survey.create', entity: 'survey', entityId: created.id, after: input });
  return created;
}

export async function patchSurvey(
  ctx: SurveyContext,
  id: number,
  patch: SurveyPatchInput,
): Promise<StoredSurvey> {
  authorize(ctx.actor, 'survey.manage');
  const before = await loadSurvey(ctx, id);
  // the retention may change at any stage until the answers are gone; the rest only in draft
  requireAnswersKept(before);
  if (before.status !== 'draft' && Object.keys(patch).some((k) => k !== 'retentionMonths'))
    throw statusConflict(before, 'draft');
  if (patch.instrumentId !== undefined && !(await ctx.stores.survey.getInstrument(patch.instrumentId)))
    throw fieldError('instrumentId', 'survey.unknown_instrument', `no instrument ${patch.instrumentId}`, {
      id: patch.instrumentId,
    });
  if (patch.districts) await checkDistricts(ctx, patch.districts);
  const after = await ctx.stores.survey.updateSurvey(id, patch);
  const pick = (s: StoredSurvey) =>
    Object.fromEntries(Object.keys(patch).map((k) => [k, s[k as keyof StoredSurvey]]));
  await ctx.audit.write({
    action: 'survey.update',
    entity: 'survey',
    entityId: id,
    before: pick(before),
    after: patch,
  });
  return after;
}

export async function setSurveyDesign(ctx: SurveyContext, id: number, design: SurveyDesignInput) {
  authorize(ctx.actor, 'survey.manage');
  const before = await loadSurvey(ctx, id);
  if (before.status !== 'draft') throw statusConflict(before, 'draft');
  const issues = [];
  const seen = new Set<string>();
  for (const [i, p] of design.psus.entries()) {
    if (!before.districts.includes(p.district))
      issues.push(
        issue(
          `psus.${i}.district`,
          'survey.psu_outside_districts',
          `${p.district} is not a district of the survey`,
          {
            psu: p.code,
            district: p.district,
          },
        ),
      );
    if (seen.has(p.code))
      issues.push(
        issue(`psus.${i}.code`, 'survey.duplicate_psu', `PSU ${p.code} appears twice`, { psu: p.code }),
      );
    seen.add(p.code);
  }
  if (issues.length) throw invalid(issues);
  const after = await ctx.stores.survey.updateSurvey(id, { design });
  await ctx.audit.write({
    action: 'survey.design.set',
    entity: 'survey',
    entityId: id,
    before: before.design === null ? null : { psus: psusOf(before).length },
    after: { psus: design.psus.length },
  });
  return after;
}

/** The office opens fieldwork (the design written down) and closes it (the invitations deleted). */
export async function setSurveyStatus(ctx: SurveyContext, id: number, { status }: StatusInput) {
  authorize(ctx.actor, 'survey.manage');
  const before = await loadSurvey(ctx, id);
  const from = status === 'fieldwork' ? 'draft' : 'fieldwork';
  if (before.status !== from) throw statusConflict(before, from);
  if (status === 'fieldwork' && psusOf(before).length === 0)
    throw fieldError(
      'design',
      'survey.design_missing',
      'write the sample design down before fieldwork opens',
    );
  const dropped = status === 'closed' ? await ctx.stores.survey.dropInvitations(id) : 0;
  return changeStatus(ctx, before, status, status === 'closed' ? { invitationsDeleted: dropped } : {});
}

/** The analyst publishes a closed survey: its city estimate becomes the year's literacy value, then the stage moves. */
export async function publishSurvey(ctx: SurveyContext, id: number) {
  authorize(ctx.actor, 'survey.analyse');
  const before = await loadSurvey(ctx, id);
  if (before.status !== 'closed') throw statusConflict(before, 'closed');
  const kpi = await publishWithEstimate(ctx, id);
  return changeStatus(ctx, before, 'published', {
    literacy: kpi.value,
    ciLow: kpi.ciLow,
    ciHigh: kpi.ciHigh,
  });
}

async function changeStatus(ctx: SurveyContext, before: StoredSurvey, status: SurveyStatus, more: object) {
  const after = await ctx.stores.survey.updateSurvey(before.id, { status });
  await ctx.audit.write({
    action: 'survey.status.set',
    entity: 'survey',
    entityId: before.id,
    before: { status: before.status },
    after: { status, ...more },
  });
  return after;
}

export async function setAssignments(ctx: SurveyContext, id: number, { assignments }: AssignmentsInput) {
  authorize(ctx.actor, 'survey.manage');
  const survey = await loadSurvey(ctx, id);
  const psus = new Set(psusOf(survey).map((p) => p.code));
  const issues = [];
  for (const [i, a] of assignments.entries()) {
    if (!psus.has(a.psuCode))
      issues.push(
        issue(`assignments.${i}.psuCode`, 'survey.unknown_psu', `no PSU ${a.psuCode}`, { psu: a.psuCode }),
      );
    const user = await ctx.stores.users.get(a.userId);
    if (user?.role !== 'interviewer')
      issues.push(
        issue(
          `assignments.${i}.userId`,
          'survey.not_an_interviewer',
          `account ${a.userId} is not an interviewer`,
          {
            id: a.userId,
          },
        ),
      );
  }
  if (issues.length) throw invalid(issues);
  const before = await ctx.stores.survey.assignments(id);
  await ctx.stores.survey.setAssignments(id, assignments);
  await ctx.audit.write({
    action: 'survey.assignments.set',
    entity: 'survey',
    entityId: id,
    before: before.map((a) => ({ psuCode: a.psuCode, userId: a.userId })),
    after: assignments,
  });
  return ctx.stores.survey.assignments(id);
}
