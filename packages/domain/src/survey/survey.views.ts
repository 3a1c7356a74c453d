// The JSON each survey route returns; the web app imports these types.
import type { changeSince, LiteracyEstimates } from './estimation.ts';
import type { FieldworkFigures } from './fieldwork.view.ts';
import type { QualityFlag } from './quality.view.ts';
import type { DemographicQuestion } from './survey.instrument.ts';
import type {
  ResponseMode,
  ReviewDecision,
  SurveyAnswer,
  SurveyQuotas,
  SurveyStatus,
} from './survey.records.ts';
import type { WeightingReport } from './weighting.ts';

export interface SurveyInstrumentView {
  id: number;
  code: string;
  version: number;
  title: string;
  illustrative: boolean;
  items: number;
  rule: string;
  createdAt: string;
}
export interface SurveyPsuView {
  code: string;
  name: string;
  district: string;
  probability: number;
  interviewers: { userId: number; username: string; name: string }[];
}
export interface SurveyView {
  id: number;
  name: string;
  year: number;
  status: SurveyStatus;
  statusAt: string;
  /** Months after closing that the answers are kept, when fieldwork closed, and when the answers were deleted. */
  retentionMonths: number;
  closedAt: string | null;
  purgedAt: string | null;
  districts: string[];
  consent: string;
  instrument: SurveyInstrumentView | null;
  /** The written-down design's PSUs (empty before it is set). */
  psus: SurveyPsuView[];
  hasDesign: boolean;
  /** The office's target completes per district and target group (null: none set). */
  quotas: SurveyQuotas | null;
}
export interface SurveyListItem {
  id: number;
  name: string;
  year: number;
  status: SurveyStatus;
  districts: string[];
}
export interface InvitationView {
  token: string;
  /** The page a respondent opens (the QR code carries it). */
  path: string;
  psuCode: string | null;
  contact: string | null;
}
/** An item as a respondent sees it: no key. */
export type RespondentItem =
  | { code: string; kind: 'true_false'; text: string }
  | { code: string; kind: 'single' | 'multiple'; text: string; options: { code: string; text: string }[] };
export interface QuestionnaireView {
  illustrative: boolean;
  notice: string | null;
  items: RespondentItem[];
  demographics: DemographicQuestion[];
}
export interface RespondentView extends QuestionnaireView {
  survey: { name: string; year: number; status: SurveyStatus };
  consent: string;
  response: {
    consented: boolean;
    answers: Record<string, SurveyAnswer>;
    demographics: Record<string, string | number>;
    submitted: boolean;
  } | null;
}
export interface QualityEntryView {
  id: number;
  mode: ResponseMode;
  psuCode: string | null;
  submittedAt: string | null;
  seconds: number | null;
  flags: QualityFlag[];
  review: ReviewDecision | null;
  reviewReason: string | null;
}
export type FieldworkView = FieldworkFigures;
/** GET …/analysis: the run's estimates and weighting report. */
export interface SurveyAnalysisView {
  estimates: LiteracyEstimates;
  weighting: WeightingReport;
  n: number;
  /** Change since the city's last survey estimate (a stored literacy value with its SE); null without one. */
  change: SurveyChange | null;
}
export type SurveyChange = ReturnType<typeof changeSince> & { previousYear: number; previous: number };
