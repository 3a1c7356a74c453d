// Public face of the jurisdictions capability (issue 13): several jurisdictions in one installation, the account's
// jurisdiction scope, choosing one per session, and the cascade (a plan names the plan it implements; a province
// sees its cities' plans, progress and statistics).
export { type CascadeContext, cascadeView } from './cascade.use-cases.ts';
export type { JurContext, JurPlans, JurStore } from './jur.ports.ts';
export type { JurisdictionLevel, JurisdictionRecord, PlanLinkRecord } from './jur.records.ts';
export { chooseJurisdictionSchema, linkPlanSchema } from './jur.schemas.ts';
export { chooseJurisdiction, importAreaTree, linkPlan, myJurisdictions } from './jur.use-cases.ts';
export type {
  CascadeChild,
  CascadeEntry,
  CascadePlanRef,
  CascadeProgress,
  CascadeStatistics,
  CascadeView,
  ImplementsLink,
  JurisdictionOption,
  MyJurisdictionsView,
} from './jur.views.ts';
export {
  coversJurisdiction,
  isDirectlyBelow,
  jurisdictionLevel,
  parentJurisdiction,
} from './jurisdiction-codes.ts';
export {
  type GroupChange,
  type GroupDiffRow,
  groupKey,
  type PlanDiff,
  planDiff,
  targetSideText,
  type TargetChange,
  type TargetDiffRow,
} from './plan-diff.view.ts';
