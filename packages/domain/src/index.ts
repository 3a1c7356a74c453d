// @kepu/domain: entities, schemas, policies and use-cases; no HTTP, no SQL.
export { DomainError, errorCodes, forbidden, isDomainError, notFound } from './errors.ts';
export { roleSchema, roles } from './auth/roles.ts';
export type { Actor, Role } from './auth/roles.ts';
export { abilities, authorize, can, permissions } from './auth/policy.ts';
export type { Abilities, AreaScope, Permission } from './auth/policy.ts';
export {
  compoundAnnualGrowthRate,
  describeIssue,
  formatPath,
  groupKinds,
  INVALID_OUTLINE,
  loadPanjinOutline,
  outlineSchema,
  parseOutlineFile,
  parseOutlineText,
  serializeOutline,
  targetTrajectory,
  validateOutline,
} from './plan/index.ts';
export type { GroupKind, Outline, OutlineFormat, OutlineGroup, OutlineIssue, OutlineTarget, OutlineTask, TrajectoryPoint } from './plan/index.ts';
export { flattenAreaTree, isSyntheticAreaCode, loadAreaTree } from './areas/index.ts';
export type { AreaLevel, AreaNode } from './areas/index.ts';
export type { GroupRecord, PlanBundle, PlanHeader, TaskRecord, UnitRef } from './plan-model/plan-bundle.ts';
export {
  dutyRole,
  getTask,
  groupView,
  listTasks,
  listUnits,
  responsibilityMatrix,
  taskView,
  toOutline,
  unitDuties,
} from './plan-model/plan-views.ts';
export type { DutyRole, MatrixFilter, ResponsibilityMatrix, TaskFilter, TaskView } from './plan-model/plan-views.ts';
export { validationError } from './validation.ts';
export type { FieldIssue } from './validation.ts';
export type { AreaRecord, AreaStore, AuditSink, PlanStore, UnitProfile, UnitStore, UserRecord, UserStore } from './use-cases/ports.ts';
export { importPlan } from './use-cases/plan.use-cases.ts';
export { unitPatchSchema, updateUnitProfile } from './use-cases/unit.use-cases.ts';
export type { UnitPatchInput } from './use-cases/unit.use-cases.ts';
export { areaPopulationSchema, setAreaPopulation } from './use-cases/area.use-cases.ts';
export { createUser, newUserSchema } from './use-cases/user.use-cases.ts';
export type { NewUserInput } from './use-cases/user.use-cases.ts';
// indicators (issue 5)
export {
  aggregations,
  blockingViolations,
  breakdownSchema,
  canFile,
  canRead,
  canReview,
  checkRules,
  codesOf,
  computedSchema,
  departmentTypes,
  evaluate,
  formGroups,
  formSchema,
  groupCodes,
  isLocked,
  itemSchema,
  loadShippedForm,
  loadShippedPopulations,
  loadShippedTargets,
  nextState,
  normaliseCells,
  parseCsv,
  parseExpression,
  progressStatus,
  reportStates,
  ruleOps,
  ruleSchema,
  severities,
  targetIndicatorSchema,
  toCsv,
  totalsOf,
  valueTypes,
} from './indicators/index.ts';
export type {
  Aggregation,
  Breakdown,
  CellIssue,
  Computed,
  DepartmentType,
  FormDefinition,
  GroupCode,
  Item,
  ItemInput,
  ProgressInput,
  ProgressResult,
  ProgressStatus,
  RawCell,
  ReportAction,
  ReportState,
  Rule,
  RuleOp,
  Severity,
  TargetIndicator,
  Term,
  UnitScope,
  ValueCell,
  ValueType,
  Violation,
} from './indicators/index.ts';
// end indicators
