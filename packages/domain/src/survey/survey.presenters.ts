// Records as the routes return them (survey.views.ts types).
import type { QualityFlag } from './quality.view.ts';
import type { Instrument } from './survey.instrument.ts';
import type {
  IssuedInvitation,
  StoredSurvey,
  SurveyAssignment,
  SurveyInstrumentRecord,
  SurveyResponseRecord,
} from './survey.records.ts';
import type { SurveyDesignInput } from './survey.schemas.ts';
import type {
  InvitationView,
  QualityEntryView,
  QuestionnaireView,
  RespondentView,
  SurveyInstrumentView,
  SurveyListItem,
  SurveyView,
} from './survey.views.ts';

export function presentInstrument(r: SurveyInstrumentRecord): SurveyInstrumentView {
  const d = r.definition as Instrument;
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    title: r.title,
    illustrative: r.illustrative,
    items: d.items.length,
    rule: d.scoring.kind,
    createdAt: r.createdAt,
  };
}

export const presentSurveyItem = (s: StoredSurvey): SurveyListItem => ({
  id: s.id,
  name: s.name,
  year: s.year,
  status: s.status,
  districts: s.districts,
});

export function presentSurvey(
  s: StoredSurvey,
  instrument: SurveyInstrumentRecord | undefined,
  assignments: readonly SurveyAssignment[],
): SurveyView {
  const psus = (s.design as SurveyDesignInput | null)?.psus ?? [];
  return {
    ...presentSurveyItem(s),
    statusAt: s.statusAt,
    retentionMonths: s.retentionMonths,
    closedAt: s.closedAt,
    purgedAt: s.purgedAt,
    consent: s.consent,
    instrument: instrument ? presentInstrument(instrument) : null,
    hasDesign: s.design !== null,
    quotas: s.quotas,
    psus: psus.map((p) => ({
      code: p.code,
      name: p.name ?? p.code,
      district: p.district,
      probability: p.probability,
      interviewers: assignments
        .filter((a) => a.psuCode === p.code)
        .map((a) => ({ userId: a.userId, username: a.username, name: a.displayName })),
    })),
  };
}

export const presentInvitation = (i: IssuedInvitation): InvitationView => ({
  token: i.token,
  path: `/s/${i.token}`,
  psuCode: i.psuCode,
  contact: i.contact,
});

/** The questions as a respondent or an interviewer sees them: no keys. */
export const presentQuestionnaire = (instrument: Instrument): QuestionnaireView => ({
  illustrative: instrument.illustrative,
  notice: instrument.notice ?? null,
  items: instrument.items.map((it) =>
    it.kind === 'true_false'
      ? { code: it.code, kind: it.kind, text: it.text }
      : { code: it.code, kind: it.kind, text: it.text, options: it.options },
  ),
  demographics: instrument.demographics,
});

export function presentRespondent(
  survey: StoredSurvey,
  instrument: Instrument,
  response: SurveyResponseRecord | null,
): RespondentView {
  return {
    survey: { name: survey.name, year: survey.year, status: survey.status },
    consent: survey.consent,
    ...presentQuestionnaire(instrument),
    response: response && {
      consented: response.consentAt !== null,
      answers: response.answers,
      demographics: response.demographics,
      submitted: response.submittedAt !== null,
    },
  };
}

export const presentQualityEntry = ({
  response: r,
  flags,
}: {
  response: SurveyResponseRecord;
  flags: QualityFlag[];
}): QualityEntryView => ({
  id: r.id,
  mode: r.mode,
  psuCode: r.psuCode,
  submittedAt: r.submittedAt,
  seconds: r.submittedAt ? Math.round((Date.parse(r.submittedAt) - Date.parse(r.startedAt)) / 1000) : null,
  flags,
  review: r.review,
  reviewReason: r.reviewReason,
});
