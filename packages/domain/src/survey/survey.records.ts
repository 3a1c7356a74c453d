// What SurveyStore returns: instruments (versions of a definition kept as data), surveys with their stage and
// written-down design, interviewers' PSUs, invitations and responses with their quality flags.

/** One answer: true/false, an option code, or the codes of a multiple choice; null for 不知道 (an imported blank). */
export type SurveyAnswer = boolean | string | string[] | null;

export const surveyStatuses = ['draft', 'fieldwork', 'closed', 'published'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];

export interface SurveyInstrumentRecord {
  id: number;
  code: string;
  version: number;
  title: string;
  /** The shipped default: an illustrative instrument, not the official item bank. */
  illustrative: boolean;
  /** The instrument as imported (survey.instrument.ts validates it). */
  definition: unknown;
  createdAt: string;
}
export type SurveyInstrumentInput = Omit<SurveyInstrumentRecord, 'id' | 'createdAt'>;

export interface StoredSurvey {
  id: number;
  name: string;
  year: number;
  instrumentId: number;
  /** County-level area codes the survey covers. */
  districts: string[];
  status: SurveyStatus;
  /** The consent text a respondent reads first. */
  consent: string;
  /** The sample design as design.ts wrote it down; null until set. */
  design: unknown;
  createdAt: string;
  statusAt: string;
  /** Months after fieldwork closed that the respondent-level answers are kept; the purge job deletes them then. */
  retentionMonths: number;
  /** When fieldwork closed (null before). */
  closedAt: string | null;
  /** When the purge job deleted the answers (null while they are kept). */
  purgedAt: string | null;
  /** The office's target completes per district and per target group (null: none set). */
  quotas: SurveyQuotas | null;
}
/** Target numbers of completed responses; a district or group not listed has no quota. */
export interface SurveyQuotas {
  districts: { district: string; completes: number }[];
  groups: { targetGroup: string; completes: number }[];
}
export type SurveyInput = Pick<StoredSurvey, 'name' | 'year' | 'instrumentId' | 'districts' | 'consent'> &
  Partial<Pick<StoredSurvey, 'retentionMonths'>>;
export type SurveyPatch = Partial<SurveyInput & Pick<StoredSurvey, 'design' | 'status' | 'quotas'>>;

export interface SurveyAssignment {
  psuCode: string;
  userId: number;
  username: string;
  displayName: string;
}

/** An invitation as stored: the token itself is never kept, only its hash (the store makes and hashes tokens). */
export interface SurveyInvitation {
  id: number;
  surveyId: number;
  psuCode: string | null;
}
/** A new invitation and the token to hand out (shown once). */
export interface IssuedInvitation extends SurveyInvitation {
  token: string;
  contact: string | null;
}

export type ResponseMode = 'self' | 'interviewer' | 'import';
export type ReviewDecision = 'accepted' | 'excluded';

export interface SurveyResponseRecord {
  id: number;
  surveyId: number;
  invitationId: number | null;
  mode: ResponseMode;
  psuCode: string | null;
  /** Item id → the answer as given (an option code, or codes for a multiple choice). */
  answers: Record<string, SurveyAnswer>;
  /** The demographics block as far as answered. */
  demographics: Record<string, string | number>;
  consentAt: string | null;
  startedAt: string;
  submittedAt: string | null;
  /** A random id the respondent's browser keeps, for the duplicate-device flag. */
  device: string | null;
  interviewerId: number | null;
  review: ReviewDecision | null;
  reviewReason: string | null;
  synthetic: boolean;
}
export type SurveyResponseInput = Pick<
  SurveyResponseRecord,
  'surveyId' | 'invitationId' | 'mode' | 'psuCode' | 'answers' | 'demographics' | 'device' | 'interviewerId'
> &
  Partial<Pick<SurveyResponseRecord, 'consentAt' | 'submittedAt' | 'synthetic' | 'startedAt'>>;
export type SurveyResponsePatch = Partial<
  Pick<
    SurveyResponseRecord,
    'answers' | 'demographics' | 'consentAt' | 'submittedAt' | 'device' | 'review' | 'reviewReason'
  > & { reviewedBy: number | null }
>;

/** Invitations issued per PSU (null: not tied to one), for the response rate. */
export interface InvitationCount {
  psuCode: string | null;
  issued: number;
}
