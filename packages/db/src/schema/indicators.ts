// Tables of the statistics capability (科普统计).
import type { ColumnType, Generated } from 'kysely';
import type { Json, Stamp, Timestamp, WithDefault } from './columns.ts';

/** Indicators (issue 5): the yearly form as data, reports, values, populations, targets, KPI values, schools. */
export interface IndBreakdownsTable {
  code: string;
  zh: string;
  en: string;
  options: Json;
}
export interface IndFormsTable {
  /** the jurisdiction (GB/T 2260 code) the row belongs to (migration 20261217010000) */
  jurisdiction_code: string;
  year: number;
  title: string;
  opens_on: string;
  due_on: string;
  created_at: Timestamp;
}
export interface IndItemsTable {
  /** the jurisdiction (GB/T 2260 code) the row belongs to (migration 20261217010000) */
  jurisdiction_code: string;
  year: number;
  code: string;
  group_code: string;
  zh: string;
  en: string;
  value_type: string;
  aggregation: string;
  /** 'stock' (never summed over years) or 'flow' */
  measure: WithDefault<string>;
  unit: WithDefault<string>;
  breakdown_code: string | null;
  parent_code: string | null;
  position: number;
  retired: WithDefault<boolean>;
}
export interface IndRulesTable {
  /** the jurisdiction (GB/T 2260 code) the row belongs to (migration 20261217010000) */
  jurisdiction_code: string;
  year: number;
  code: string;
  left_expr: string;
  op: string;
  right_expr: string;
  severity: string;
  zh: string;
  en: string;
  position: number;
  retired: WithDefault<boolean>;
}
export interface IndComputedTable {
  /** the jurisdiction (GB/T 2260 code) the row belongs to (migration 20261217010000) */
  jurisdiction_code: string;
  year: number;
  code: string;
  zh: string;
  en: string;
  numerator: string;
  denominator: string;
  factor: number;
  unit: string;
  retired: Generated<boolean>;
}
export interface IndUnitsTable {
  /** the jurisdiction (GB/T 2260 code) the row belongs to (migration 20261217010000) */
  jurisdiction_code: string;
  id: Generated<number>;
  code: string;
  name: string;
  dept_type: string;
  area_code: string;
  org_unit_id: number | null;
  active: Generated<boolean>;
}
export interface IndReportsTable {
  year: number;
  unit_id: number;
  state: string;
  opens_on: string;
  due_on: string;
  explanations: ColumnType<unknown, string | undefined, string>;
  first_submitted_at: Stamp;
  submitted_at: Stamp;
  locked_by: string | null;
  locked_at: Stamp;
  lock_reason: string | null;
  return_reason: string | null;
  updated_at: Timestamp;
}
export interface IndReportEventsTable {
  id: Generated<number>;
  year: number;
  unit_id: number;
  at: Timestamp;
  actor_username: string;
  action: string;
  from_state: string;
  to_state: string;
  comment: WithDefault<string>;
}
export interface IndValuesTable {
  year: number;
  unit_id: number;
  item_code: string;
  option_code: WithDefault<string>;
  value: number | null;
  text_value: string | null;
  updated_at: Timestamp;
  updated_by: string;
}
/** Maintained by triggers (migration 20261205100000-ind-rollup): years [from_year, to_year) by kind 'y' or 'l'. */
export interface IndRollupTable {
  kind: 'y' | 'l';
  item_code: string;
  option_code: string;
  area_code: string;
  dept_type: string;
  from_year: number;
  to_year: number;
  total: string;
  n: number;
}
export interface IndRollupUnitsTable {
  kind: 'y' | 'l';
  item_code: string;
  area_code: string;
  dept_type: string;
  from_year: number;
  to_year: number;
  n: number;
}
export interface IndPopulationsTable {
  area_code: string;
  year: number;
  population: number;
  source: string;
}
export interface IndTargetsTable {
  /** the jurisdiction (GB/T 2260 code) the row belongs to (migration 20261217010000) */
  jurisdiction_code: string;
  code: string;
  zh: string;
  en: string;
  unit: string;
  direction: string;
  natural_limit: number | null;
  baseline_year: number | null;
  baseline_value: number | null;
  history: Json;
  targets: Json;
  source: string;
}
export interface IndStatusOverridesTable {
  /** the jurisdiction (GB/T 2260 code) the row belongs to (migration 20261217010000) */
  jurisdiction_code: string;
  code: string;
  target_year: number;
  status: string;
  reason: string;
  set_by: string;
  set_at: Timestamp;
}
export interface IndKpiValuesTable {
  id: Generated<number>;
  code: string;
  year: number;
  area_code: string;
  option_code: WithDefault<string>;
  value: number;
  source_kind: 'survey' | 'published';
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  instrument: string | null;
  citation: string | null;
  entered_by: string;
  entered_at: Timestamp;
  /** Written by the demo seed (shown with a 示例 tag). */
  demo: Generated<boolean>;
}
export interface IndSchoolsTable {
  id: Generated<number>;
  name: string;
  area_code: string;
  level: string;
  urban_rural: string;
  counsellors: WithDefault<number>;
  updated_at: Timestamp;
  /** Written by the demo seed (shown with a 示例 tag). */
  demo: Generated<boolean>;
}
