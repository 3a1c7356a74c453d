// What the indicators store returns and takes: reporting units, reports, areas, aggregates, targets, literacy values,
// schools and populations, as the domain sees them (the db package maps its rows to these).
import type { TargetIndicator } from './ind.form.ts';
import type { FormDefinition, ReportState } from './ind.types.ts';

export interface IndFormMeta {
  year: number;
  title: string;
  opensOn: string;
  dueOn: string;
}
/** A year's form as stored: the definition with its default window. */
export type IndForm = FormDefinition & IndFormMeta;
export interface IndWindow {
  opensOn: string;
  dueOn: string;
}

export interface IndUnit {
  id: number;
  code: string;
  name: string;
  deptType: string;
  areaCode: string;
  areaName: string;
  areaPath: string[];
  orgUnitId: number | null;
  /** An inactive unit keeps its reports and figures but is no longer assigned new forms. */
  active: boolean;
}
export interface IndUnitInput {
  code: string;
  name: string;
  deptType: string;
  areaCode: string;
  orgUnitId: number | null;
}
export interface IndUnitPatch {
  name?: string;
  deptType?: string;
  areaCode?: string;
  orgUnitId?: number | null;
  active?: boolean;
}
/** A plan unit (org unit) by name, for linking reporting units. */
export interface IndPlanUnit {
  id: number;
  name: string;
}

export interface IndReport {
  year: number;
  unitId: number;
  state: ReportState;
  opensOn: string;
  dueOn: string;
  explanations: Record<string, string>;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  /** `by` is the account; `name` the unit and person as people read them ("市科协 张三"), where known. */
  lock: { by: string; name?: string; at: string; reason: string } | null;
  returnReason: string | null;
  updatedAt: string;
}
export interface IndReportPatch {
  state?: ReportState;
  explanations?: Record<string, string>;
  /** Kept when already set (the first submission stays the first). */
  firstSubmittedAt?: Date;
  submittedAt?: Date | null;
  /** `at`: when it was locked, for a record written after the fact (the demo's history); otherwise now. */
  lock?: { by: string; reason: string; at?: Date } | null;
  returnReason?: string | null;
}
export interface IndReportEvent {
  at: string;
  actor: string;
  action: string;
  from: string;
  to: string;
  comment: string;
}
export interface IndReportEventInput {
  year: number;
  unitId: number;
  actor: string;
  action: string;
  from: string;
  to: string;
  comment?: string;
  /** When it happened, for a record written after the fact (the demo's history); otherwise now. */
  at?: Date;
}
/** A stored figure by codes (the values data set): a number, a text, or null. */
export interface IndCodedValue {
  unit: string;
  item: string;
  option: string;
  value: number | string | null;
}

export interface IndArea {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  path: string[];
}

/**
 * The figures an aggregate counts, by their report's state: 'accepted' (what the office accepted: the published
 * figures), 'submitted' (also those in review: submitted or approved), 'all' (also drafts and returned reports).
 */
export const figureStages = ['accepted', 'submitted', 'all'] as const;
export type FigureStage = (typeof figureStages)[number];

export const pivotDims = ['area', 'deptType', 'year', 'group', 'item', 'option'] as const;
export type PivotDim = (typeof pivotDims)[number];
export interface AggregateQuery {
  years: number[];
  /** Areas are rolled up to the children of this area; units located at the root itself count under the root. */
  root: string;
  dims: PivotDim[];
  items?: string[];
  group?: string;
  deptTypes?: string[];
  options?: string[];
  /** Which figures count, by their report's state (default 'all': every saved figure). */
  stage?: FigureStage;
  /** 'values' reads ind_values even when the rollups could answer (the benchmark's before/after). */
  source?: 'values';
  /**
   * 'latest': over several years without the year dimension, a stock item (measure 'stock') counts each unit's
   * latest year in `years` once instead of the sum of the years; flow items are summed either way.
   */
  stocks?: 'latest';
}
/** Whether stock items take each unit's latest year: asked for, several years and no year dimension. */
export const stocksAtLatest = (q: Pick<AggregateQuery, 'stocks' | 'years' | 'dims'>) =>
  q.stocks === 'latest' && new Set(q.years).size > 1 && !q.dims.includes('year');
/** `units` counts the figures behind a cell (one per unit, or per unit and option for summed breakdowns). */
export interface AggregateRow {
  area?: string;
  deptType?: string;
  year?: number;
  group?: string;
  item?: string;
  option?: string;
  value: number;
  units: number;
}
export interface CompletenessRow {
  area: string;
  deptType: string;
  expected: number;
  submitted: number;
  onTime: number;
  accepted: number;
  /** Reports whose figures the asked stage counts (accepted; in review or accepted; any with a saved figure). */
  counted: number;
}

export interface IndPopulation {
  areaCode: string;
  areaName: string;
  year: number;
  population: number;
  source: string;
}
export interface PopulationInput {
  areaCode: string;
  year: number;
  population: number;
  source: string;
}
/** The population a figure divides by: the latest entered for the year or before. */
export interface PopulationFigure {
  population: number;
  year: number;
  source: string;
  /** A seeded stand-in (its source says 演示估计值), as the analysis views present it. */
  demoEstimate?: boolean;
}

export interface IndOverride {
  targetYear: number;
  status: string;
  reason: string;
  by: string;
  /** the unit and person as people read them, where known */
  name?: string;
  at: string;
}
export type IndTarget = Omit<TargetIndicator, 'baseline'> & {
  baseline: { year: number; value: number } | null;
  source: string;
  overrides: IndOverride[];
};
export interface OverrideInput {
  code: string;
  targetYear: number;
  /** null removes the override. */
  status: string | null;
  reason: string;
  by: string;
}

export interface KpiValueInput {
  code: string;
  year: number;
  areaCode: string;
  option: string;
  value: number;
  sourceKind: 'survey' | 'published';
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  instrument: string | null;
  citation: string | null;
}
/** One stored literacy value as entered (flat), with who entered it. */
export type IndKpiRecord = KpiValueInput & { id: number; enteredBy: string };
export interface IndKpiValue {
  id: number;
  code: string;
  year: number;
  areaCode: string;
  areaName: string;
  areaLevel: string;
  option: string;
  value: number;
  source:
    | {
        kind: 'survey';
        se: number | null;
        ci: number[] | null;
        instrument: string | null;
        /** How a published survey run made the figure (sample, design, weighting, interval), when it did. */
        provenance?: string;
      }
    | { kind: 'published'; citation: string | null };
  enteredBy: string;
  /** Written by the demo seed: an illustrative estimate, not a survey result. */
  demo: boolean;
}

export interface SchoolInput {
  name: string;
  areaCode: string;
  level: string;
  urbanRural: string;
  counsellors: number;
}
/** `demo`: written by the demo seed, not a real school. */
export type IndSchool = SchoolInput & { id: number; areaName: string; demo: boolean };
export interface CounsellorShare {
  area: string;
  schools: number;
  withCounsellor: number;
  share: number | null;
}
