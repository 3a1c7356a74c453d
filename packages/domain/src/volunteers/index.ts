// @kepu/domain/volunteers: teams, volunteers with consent and a guardian for minors, opportunities and sign-ups,
// service hours on the participation ledger, star levels, certificates of service and the volunteers' own data.
export {
  certificateDocument,
  issueCertificate,
  listCertificates,
  revokeCertificate,
  verifyCertificate,
} from './certificates.use-cases.ts';
export { type HourMove, hourMoves, nextHourState } from './hour.workflow.ts';
export {
  closeStaleCheckIns,
  enterHours,
  hoursQueue,
  ledgerEvidence,
  moveHours,
  recomputeStars,
  scanVolunteer,
  selfReport,
} from './hours.use-cases.ts';
export {
  defaultNationalMapping,
  type ExportFile,
  exportFields,
  exportFiles,
  type NationalMapping,
  nationalExport,
  nationalMapping,
  setNationalMapping,
} from './national-export.ts';
export {
  cancelSignup,
  createOpportunity,
  openOpportunities,
  opportunityDetail,
  setSignupStatus,
  signUp,
  staffOpportunities,
} from './opportunities.use-cases.ts';
export {
  defaultFieldRetention,
  fieldRetention,
  type PersonalField,
  personalFields,
  purgeOnSchedule,
  setFieldRetention,
} from './retention.use-cases.ts';
export {
  createTeam,
  publicTeams,
  setStarHours,
  setTeamSeal,
  starHours,
  visibleTeams,
} from './teams.use-cases.ts';
export {
  AUTO_CHECKOUT_HOURS,
  defaultStarHours,
  GUARDIAN_AGE,
  type HourSource,
  type HourState,
  hourSources,
  hourStates,
  maskName,
  type SignupState,
  signupStates,
  starFor,
  type TeamLevel,
  teamLevels,
} from './vol.codes.ts';
export type { VolContext, VolStore } from './vol.ports.ts';
export {
  presentOwnVolunteer,
  presentPublicHours,
  presentPublicSignup,
  presentStar,
  presentVolunteer,
  type VolunteerView,
} from './vol.presenters.ts';
export type * from './vol.records.ts';
export {
  certificateNumberSchema,
  certificateSchema,
  codeSchema,
  hoursEntrySchema,
  hoursMoveSchema,
  opportunitySchema,
  reasonSchema,
  selfReportSchema,
  signupStatusSchema,
  starHoursSchema,
  teamSchema,
  volunteerRegisterSchema,
} from './vol.schemas.ts';
export { exportFileParams, fieldRetentionSchema, nationalMappingSchema } from './vol-admin.schemas.ts';
export {
  ageOn,
  exportOwnData,
  listVolunteers,
  ownPage,
  publicStars,
  purgeVolunteers,
  registerVolunteer,
  requestDeletion,
  volunteerDetail,
} from './volunteers.use-cases.ts';
