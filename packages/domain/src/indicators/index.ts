// Public face of the indicators module: registry shapes, the shipped form, rules, workflow and progress; the
// IndStore port, the use-cases over it (form, reports, set-up, analysis, targets, exchange), their schemas and views.

export {
  indAreaFigures,
  indCompleteness,
  indPivot,
} from './analysis.use-cases.ts';
export { assignIndForm, indReviewQueue, setIndWindow } from './assignment.use-cases.ts';
export { addComputed, patchComputed, previewComputed } from './computed.use-cases.ts';
export type { ExchangeIssue } from './exchange/exchange.engine.ts';
export type { DataSetName } from './exchange/exchange.use-cases.ts';
export { dataSetNames, exportSet, importSet } from './exchange/exchange.use-cases.ts';
export { computeFigure } from './figures.view.ts';
export {
  addIndItem,
  addIndRule,
  createIndForm,
  getIndForm,
  listIndForms,
  patchIndItem,
  patchIndRule,
  reorderIndItems,
} from './form.use-cases.ts';
export { parseCsv, toCsv } from './ind.csv.ts';
export type { Term } from './ind.expression.ts';
export { codesOf, evaluate, parseExpression } from './ind.expression.ts';
export type { TargetIndicator } from './ind.form.ts';
export {
  loadShippedForm,
  loadShippedPopulations,
  loadShippedTargets,
  targetIndicatorSchema,
} from './ind.form.ts';
export type { IndContext, IndStore } from './ind.ports.ts';
export {
  presentForm,
  presentKpiValue,
  presentQueueEntry,
  presentReport,
  presentReportDetail,
  presentReportEntry,
  presentSchool,
  presentUnit,
} from './ind.presenters.ts';
export type { ProgressInput, ProgressResult, ProgressStatus } from './ind.progress.ts';
export { progressStatus } from './ind.progress.ts';
export type {
  AggregateQuery,
  AggregateRow,
  CompletenessRow,
  CounsellorShare,
  FigureStage,
  IndArea,
  IndCodedValue,
  IndForm,
  IndFormMeta,
  IndKpiRecord,
  IndKpiValue,
  IndOverride,
  IndPlanUnit,
  IndPopulation,
  IndReport,
  IndReportEvent,
  IndReportEventInput,
  IndReportPatch,
  IndSchool,
  IndTarget,
  IndUnit,
  IndUnitInput,
  IndUnitPatch,
  IndWindow,
  KpiValueInput,
  OverrideInput,
  PivotDim,
  PopulationFigure,
  PopulationInput,
  SchoolInput,
} from './ind.records.ts';
export { pivotDims, stocksAtLatest } from './ind.records.ts';
export type { Violation } from './ind.rules.ts';
export { blockingViolations, checkRules, totalsOf } from './ind.rules.ts';
export type {
  AssignInput,
  ComputedPatchInput,
  IndUnitPatchInput,
  ItemPatchInput,
  NewComputedInput,
  NewFormInput,
  NewIndUnitInput,
  NewItemInput,
  PreviewInput,
  RulePatchInput,
  SaveInput,
  SubmitInput,
  WindowInput,
} from './ind.schemas.ts';
export {
  areaCodeSchema,
  assignSchema,
  computedPatchSchema,
  indCodeSchema,
  indUnitPatchSchema,
  itemPatchSchema,
  newComputedSchema,
  newFormSchema,
  newIndUnitSchema,
  newItemSchema,
  previewSchema,
  reasonSchema,
  reorderSchema,
  rulePatchSchema,
  saveSchema,
  submitSchema,
  windowSchema,
} from './ind.schemas.ts';
export type {
  Aggregation,
  Breakdown,
  Computed,
  DepartmentType,
  FormDefinition,
  GroupCode,
  Item,
  ItemInput,
  ReportState,
  Rule,
  RuleOp,
  Severity,
  ValueCell,
  ValueType,
} from './ind.types.ts';
export {
  aggregations,
  breakdownSchema,
  computedSchema,
  departmentTypes,
  formGroups,
  formSchema,
  groupCodes,
  itemSchema,
  measures,
  reportStates,
  ruleOps,
  ruleSchema,
  severities,
  valueTypes,
} from './ind.types.ts';
export type { CellIssue, RawCell } from './ind.values.ts';
export { normaliseCells } from './ind.values.ts';
export type {
  IndAreaFigureView,
  IndAssignView,
  IndCompletenessRowView,
  IndCompletenessView,
  IndComputedPreviewView,
  IndExportJsonView,
  IndFiguresView,
  IndFigureValueView,
  IndFormView,
  IndFormYearView,
  IndImportChangeView,
  IndImportView,
  IndKpiValueView,
  IndPivotView,
  IndPopulationView,
  IndQueueEntryView,
  IndReportDetailView,
  IndReportEntryView,
  IndReportEventView,
  IndReportView,
  IndSchoolsKeeperView,
  IndSchoolView,
  IndTargetsView,
  IndTargetView,
  IndTargetYearView,
  IndUnitDeletedView,
  IndUnitView,
  IndUploadView,
} from './ind.views.ts';
export type { ReportAction, UnitScope } from './ind.workflow.ts';
export { canFile, canRead, canReview, isLocked, nextState, permissionFor } from './ind.workflow.ts';
export { indPopulations, isDemoEstimate, setPopulation } from './populations.use-cases.ts';
export type {
  CompletenessQuery,
  FigureQuery,
  KpiInput,
  OverrideStatusInput,
  PivotQuery,
  PopulationFormInput,
  SchoolFormInput,
} from './registers.schemas.ts';
export {
  completenessQuerySchema,
  counsellorsSchema,
  figureQuerySchema,
  kpiValueSchema,
  overrideSchema,
  pivotQuerySchema,
  populationSchema,
  progressStatuses,
  schoolSchema,
} from './registers.schemas.ts';
export type { WorkbookIssue, WorkbookReader } from './reports.use-cases.ts';
export {
  actOnIndReport,
  indReportDetail,
  indReportTemplate,
  listIndReports,
  readIndWorkbook,
  saveIndReport,
  submitIndReport,
} from './reports.use-cases.ts';
export { addSchool, canKeepSchools, indSchools, removeSchool, setCounsellors } from './schools.use-cases.ts';
export {
  addKpiValue,
  kpiValues,
  overrideStatus,
  removeKpiValue,
  targetsWithProgress,
} from './targets.use-cases.ts';
export { createIndUnit, deleteIndUnit, patchIndUnit, visibleIndUnits } from './units.use-cases.ts';
