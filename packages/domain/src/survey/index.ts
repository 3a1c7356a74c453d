// Public face of the survey domain (公民科学素质调查): the instrument as data, scoring, sample design, synthetic data,
// weighting and estimation (pure functions); the SurveyStore port and the use-cases over it (instruments, surveys and
// design, fieldwork, the respondent's side), their schemas, views and presenters.

export { analysisFileCsv, publishWithEstimate, surveyAnalysis } from './analysis.use-cases.ts';
export type { LiteracyEstimates } from './estimation.ts';
export {
  enterInterview,
  fieldworkProgress,
  issueInvitations,
  qualityQueue,
  reviewResponse,
} from './fieldwork.use-cases.ts';
export type { FieldworkFigures, FieldworkRow } from './fieldwork.view.ts';
export {
  importSurveyInstrument,
  installDefaultInstrument,
  instrumentFile,
  listSurveyInstruments,
} from './instruments.use-cases.ts';
export { analyseSurvey, type SurveyRecord } from './pipeline.ts';
export type { QualityFlag } from './quality.view.ts';
export { flagResponses, qualityFlags } from './quality.view.ts';
export { giveConsent, openInvitation, saveAnswers, submitResponse } from './respond.use-cases.ts';
export { responseIssues } from './response.view.ts';
export { importResponses, scoredRespondentsCsv } from './responses.use-cases.ts';
export {
  type Answer,
  type Answers,
  answerIssues,
  type DimensionScore,
  drawForm,
  isCorrect,
  makeScorer,
  type RespondentScore,
  scoreRespondent,
} from './scoring.ts';
export {
  AGE_GROUPS,
  AGE_MAX,
  AGE_MIN,
  type AgeGroup,
  ageGroupOf,
  DEMOGRAPHIC_FIELDS,
  type DemographicField,
  type Demographics,
  EDUCATION,
  type Education,
  LITERACY_CLASSES,
  type LiteracyClass,
  OCCUPATIONS,
  type Occupation,
  PANJIN_DISTRICTS,
  SEXES,
  type Sex,
  TARGET_GROUPS,
  type TargetGroup,
  URBAN_RURAL,
  type UrbanRural,
} from './survey.codes.ts';
export {
  type DemographicQuestion,
  type Dimension,
  exportInstrument,
  INSTRUMENT_FORMAT,
  type Instrument,
  type InstrumentItem,
  importInstrument,
  instrumentSchema,
  loadDefaultInstrument,
  parseInstrument,
  type ScoringRule,
  scoringRuleSchema,
} from './survey.instrument.ts';
export type { SurveyContext, SurveyStore } from './survey.ports.ts';
export {
  presentInstrument,
  presentInvitation,
  presentQualityEntry,
  presentQuestionnaire,
  presentRespondent,
  presentSurvey,
  presentSurveyItem,
} from './survey.presenters.ts';
export type * from './survey.records.ts';
export { surveyStatuses } from './survey.records.ts';
export type * from './survey.schemas.ts';
export {
  assignmentsSchema,
  designSchema,
  interviewSchema,
  invitationsSchema,
  newSurveySchema,
  reviewSchema,
  saveAnswersSchema,
  statusSchema,
  surveyPatchSchema,
} from './survey.schemas.ts';
export type * from './survey.views.ts';
export {
  createSurvey,
  getSurvey,
  listSurveys,
  patchSurvey,
  publishSurvey,
  setAssignments,
  setSurveyDesign,
  setSurveyStatus,
  surveyInstrument,
} from './surveys.use-cases.ts';
export { surveyRecords, syntheticSurvey } from './synthetic.ts';
export { loadCensusMargins } from './weighting.ts';
