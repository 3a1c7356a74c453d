// Public face of the indicators module: registry shapes, the shipped form, rules, workflow and progress.

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
export type { ProgressInput, ProgressResult, ProgressStatus } from './ind.progress.ts';
export { progressStatus } from './ind.progress.ts';
export type { Violation } from './ind.rules.ts';
export { blockingViolations, checkRules, totalsOf } from './ind.rules.ts';
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
  reportStates,
  ruleOps,
  ruleSchema,
  severities,
  valueTypes,
} from './ind.types.ts';
export type { CellIssue, RawCell } from './ind.values.ts';
export { normaliseCells } from './ind.values.ts';
export type { ReportAction, UnitScope } from './ind.workflow.ts';
export { canFile, canRead, canReview, isLocked, nextState } from './ind.workflow.ts';
