// @kepu/domain: the kernel (use-case context, clock, field errors), auth, the plan, areas and the core use-cases; no
// HTTP, no SQL. Each capability has its own entry: @kepu/domain/accountability, @kepu/domain/indicators.

export type { AreaLevel, AreaNode } from './areas/index.ts';
export { flattenAreaTree, isSyntheticAreaCode, loadAreaTree } from './areas/index.ts';
export {
  checkPassword,
  DEMO_PASSWORDS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordSubject,
  passwordIssue,
} from './auth/password-policy.ts';
export type {
  Abilities,
  AreaScope,
  AuthorizationCheck,
  AuthorizationObserver,
  Permission,
} from './auth/policy.ts';
export { abilities, authorize, can, observeAuthorization, permissions, roleMay } from './auth/policy.ts';
export type { Actor, Role } from './auth/roles.ts';
export { roleSchema, roles } from './auth/roles.ts';
export { DomainError, forbidden, isDomainError, notFound } from './errors.ts';
// indicators (issue 5)
export type {
  AuditAction,
  AuditEntity,
  AuditEntry,
  Clock,
  ExchangeSetName,
  FieldIssue,
  UseCaseContext,
} from './kernel/index.ts';
export {
  assertTimeZone,
  auditActions,
  auditEntities,
  coversJurisdiction,
  DEFAULT_TIME_ZONE,
  dateIn,
  dayStart,
  demoAuditActor,
  fieldError,
  inSubtree,
  invalid,
  issue,
  localDateTime,
  zonedClock,
  zoneName,
} from './kernel/index.ts';
export type {
  AnyOutline,
  Comparator,
  DecodedText,
  GroupKind,
  Outline,
  OutlineDraft,
  OutlineFormat,
  OutlineGroup,
  OutlineIssue,
  OutlinePreview,
  OutlineSection,
  OutlineSourceKind,
  OutlineTarget,
  OutlineTask,
  OutlineV2,
  OutlineV2Group,
  OutlineV2Section,
  OutlineV2Target,
  OutlineV2Task,
  PreviewOptions,
  SourceSpan,
  StorableOutline,
  StorableTarget,
  TextEncodingName,
  TrajectoryPoint,
  UnitSuggestion,
} from './plan/index.ts';
export {
  comparators,
  compoundAnnualGrowthRate,
  decodeOutlineBytes,
  describeIssue,
  editDistance,
  formatPath,
  groupKinds,
  INVALID_OUTLINE,
  loadPanjinOutline,
  MAX_OUTLINE_BYTES,
  OUTLINE_V2,
  outline2Schema,
  outlineIssuesOf,
  outlineProblems,
  outlineSchema,
  outlineSourceKind,
  outlineUnitNames,
  parseAnyOutlineFile,
  parseOutlineDraft,
  parseOutlineFile,
  parseOutlineText,
  previewOutlineBytes,
  previewOutlineText,
  renameUnits,
  serializeOutline,
  suggestUnits,
  targetTrajectory,
  toStorable,
  unitKey,
  upgradeOutline,
  validateAnyOutline,
  validateOutline,
} from './plan/index.ts';
export type { GroupRecord, PlanBundle, PlanHeader, TaskRecord, UnitRef } from './plan-model/plan-bundle.ts';
export type {
  DutyRole,
  GroupView,
  MatrixFilter,
  PlanDetail,
  ResponsibilityMatrix,
  TaskFilter,
  TaskView,
  UnitDuties,
} from './plan-model/plan-views.ts';
export {
  dutyRole,
  getTask,
  groupView,
  listTasks,
  listUnits,
  planDetail,
  responsibilityMatrix,
  taskView,
  toOutline,
  unitDuties,
} from './plan-model/plan-views.ts';
export type { AreaTreeNode } from './use-cases/area.use-cases.ts';
export { areaTree, nestAreas } from './use-cases/area.use-cases.ts';
export { auditPage } from './use-cases/audit.use-cases.ts';
export type { CurrentUser, PasswordChange, SignedIn, SignInOutcome } from './use-cases/auth.use-cases.ts';
export {
  actorOf,
  changeOwnPassword,
  currentUser,
  LOCK_AFTER_FAILED_SIGN_INS,
  passwordChangeSchema,
  signIn,
  signOut,
  userRecordOf,
} from './use-cases/auth.use-cases.ts';
export {
  type CommitOutlineInput,
  commitOutlineImport,
  importPlan,
  listPlanVersions,
  resolvePlan,
} from './use-cases/plan.use-cases.ts';
export type {
  AccountRecord,
  AccountState,
  AccountStatePatch,
  AreaListing,
  AreaRecord,
  AreaStore,
  AuditItem,
  AuditLog,
  AuditPage,
  AuditQuery,
  AuditSink,
  CredentialStore,
  PlanRef,
  PlanStore,
  PlanSummary,
  SessionStore,
  SessionUser,
  UnitAreaRef,
  UnitProfile,
  UnitStore,
  UserListItem,
  UserPatch,
  UserRecord,
  UserStore,
} from './use-cases/ports.ts';
export type {
  UnitContact,
  UnitListItem,
  UnitPage,
  UnitPatchInput,
  UpdatedUnitProfile,
} from './use-cases/unit.use-cases.ts';
export { unitList, unitPage, unitPatchSchema, updateUnitProfile } from './use-cases/unit.use-cases.ts';
export type { NewUserBody, NewUserInput, PasswordReset, UserPatchInput } from './use-cases/user.use-cases.ts';
export {
  createUser,
  disableUser,
  enableUser,
  listUsersFor,
  newUserSchema,
  passwordResetSchema,
  resetPassword,
  roleFitIssues,
  unlockUser,
  updateUser,
  userPatchSchema,
} from './use-cases/user.use-cases.ts';
export { validationError, zodFieldIssue } from './validation.ts';
// end indicators
