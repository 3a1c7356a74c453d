// Public face of the survey domain (公民科学素质调查): the instrument as data, scoring, sample design, synthetic data,
// weighting and estimation (pure functions); the SurveyStore port and the use-cases over it (instruments, surveys and
// design, fieldwork, the respondent's side), their schemas, views and presenters.

export {
  publishWithEstimate,
  surveyAnalysis,
  surveyAnalysisFile,
  surveyMarginsFile,
} from './analysis.use-cases.ts';
export { analysisFileCsv, marginsCsv } from './analysis-file.ts';
export {
  type AnalysisRespondent,
  analysisFrame,
  DOMAIN_VARIABLES,
  type DomainVariable,
  domainValue,
  RAKING_VARIABLES,
  type RakingVariable,
} from './analysis-frame.ts';
export {
  type Allocation,
  allocate,
  type DesignRow,
  type DistrictFrame,
  designRow,
  type FrameUnit,
  ppsSystematic,
  type SampleSize,
  type SampleSizeSpec,
  type SelectedPsu,
  sampleSize,
  sampleSizes,
  selectWithin,
} from './design.ts';
export {
  type DesignPlan,
  type DesignPlanInput,
  type DistrictPlan,
  designPlanSchema,
  parseDesignPlan,
  planDesign,
  selectPsus,
} from './design-plan.ts';
export {
  type CellEstimate,
  changeSince,
  DEFAULT_SUPPRESSION,
  type Difference,
  domainDifferences,
  type EstimationOptions,
  estimateLiteracy,
  type IntervalMethod,
  type LiteracyEstimates,
  type PublishedEstimate,
  type SuppressionRule,
} from './estimation.ts';
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
export {
  type AnalysedRespondent,
  analyseSurvey,
  type SurveyAnalysis,
  type SurveyRecord,
} from './pipeline.ts';
export type { QualityFlag } from './quality.view.ts';
export { flagResponses, qualityFlags } from './quality.view.ts';
export { setSurveyQuotas } from './quotas.use-cases.ts';
export { giveConsent, openInvitation, saveAnswers, submitResponse } from './respond.use-cases.ts';
export { responseIssues } from './response.view.ts';
export { responsesCsv } from './responses.csv.ts';
export { importResponses, importResponseTable, scoredRespondentsCsv } from './responses.use-cases.ts';
export { purgeExpiredAnswers, retentionEnds } from './retention.use-cases.ts';
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
  quotasSchema,
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
export {
  type SyntheticOptions,
  type SyntheticPsu,
  type SyntheticRecord,
  type SyntheticSurvey,
  surveyRecords,
  syntheticFrame,
  syntheticSurvey,
} from './synthetic.ts';
export {
  type CensusMargins,
  loadCensusMargins,
  type MarginCheck,
  marginsSchema,
  type NonResponseCell,
  nonResponseAdjust,
  parseMargins,
  RAKE_CONTROL,
  rakingMargins,
  type SampledPerson,
  trimWeights,
  type WeightingOptions,
  type WeightingReport,
  type WeightingResult,
  weightSurvey,
} from './weighting.ts';
