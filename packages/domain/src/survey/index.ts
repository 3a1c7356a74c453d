// Public face of the survey module (issue 11): the instrument and its scoring, the SurveyStore port, the use-cases
// over it (instruments, surveys and design, fieldwork, the respondent's side), their schemas, views and presenters.

export { answerIssues } from './answers.view.ts';
export {
  enterInterview,
  fieldworkProgress,
  issueInvitations,
  qualityQueue,
  reviewResponse,
} from './fieldwork.use-cases.ts';
export type { FieldworkFigures, FieldworkRow } from './fieldwork.view.ts';
export {
  installDefaultInstrument,
  importSurveyInstrument,
  instrumentFile,
  listSurveyInstruments,
} from './instruments.use-cases.ts';
export type { QualityFlag } from './quality.view.ts';
export { flagResponses, qualityFlags } from './quality.view.ts';
export { giveConsent, openInvitation, saveAnswers, submitResponse } from './respond.use-cases.ts';
export type { SurveyContext, SurveyStore } from './survey.ports.ts';
export {
  presentInstrument,
  presentInvitation,
  presentQualityEntry,
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
} from './surveys.use-cases.ts';
