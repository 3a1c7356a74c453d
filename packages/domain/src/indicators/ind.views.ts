// What each indicators route returns as JSON (the web app imports these instead of copying them).
import type { ProgressResult } from './ind.progress.ts';
import type {
  AggregateRow,
  FigureStage,
  IndForm,
  IndFormMeta,
  IndKpiValue,
  IndOverride,
  IndReport,
  IndReportEvent,
  IndSchool,
  IndTarget,
  IndUnit,
  PivotDim,
  PopulationFigure,
} from './ind.records.ts';
import type { Violation } from './ind.rules.ts';
import type { Computed, ValueCell } from './ind.types.ts';

/** GET /indicators/forms/:year and every form edit: the form with its default window. */
export type IndFormView = IndForm;
/** GET /indicators/forms, newest first. */
export type IndFormYearView = IndFormMeta;
export type IndUnitView = IndUnit;
export type IndReportView = IndReport;
export type IndReportEventView = IndReportEvent;
export interface IndReportDetailView {
  unit: IndUnitView;
  report: IndReportView;
  values: ValueCell[];
  events: IndReportEventView[];
  violations: Violation[];
}
/** GET /indicators/reports/:year: the reports the caller may see. */
export interface IndReportEntryView {
  unit: IndUnitView;
  report: IndReportView;
}
/** GET /indicators/queue/:year */
export interface IndQueueEntryView extends IndReportEntryView {
  step: 'review' | 'accept';
  /** Whole days since the report was submitted. */
  days: number;
}
/** POST /indicators/forms/:year/assign */
export interface IndAssignView {
  assigned: number;
  opensOn: string;
  dueOn: string;
}
/** DELETE /indicators/units/:id */
export interface IndUnitDeletedView {
  deleted: number;
}
/** POST /indicators/reports/:year/:unitId/upload */
export interface IndUploadView {
  saved: number;
  warnings: Violation[];
  detail: IndReportDetailView;
}

/** GET /indicators/pivot */
export interface IndPivotView {
  /** the figures counted: accepted reports' unless asked otherwise */
  stage: FigureStage;
  root: { code: string; name: string; level: string };
  /** the years counted, ascending */
  years: number[];
  /**
   * Whether stock items (labels.item[code].measure 'stock') count each unit's latest year among `years` instead of
   * the sum of the years: several years and no year dimension (in the cells; in the totals, no year column).
   */
  latestStocks: { cells: boolean; totals: boolean };
  rows: PivotDim[];
  cols: PivotDim[];
  /** A cell whose area is the root's code holds the units attached to the root itself (labels.area[code].direct). */
  cells: AggregateRow[];
  /** The totals row: every unit under the root (the root's own units included), by the column dimensions. */
  totals: AggregateRow[];
  labels: {
    area: Record<string, { name: string; level: string; direct: boolean }>;
    item: Record<
      string,
      { zh: string; en: string; unit: string; group: string; aggregation: string; measure: string }
    >;
    option: Record<string, { zh: string; en: string }>;
  };
}
export interface IndFigureValueView {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  population: PopulationFigure | null;
}
export interface IndAreaFigureView extends IndFigureValueView {
  code: string;
  name: string;
  level: string;
  /** The root's own row: units located at the root itself (no population of their own). */
  direct: boolean;
  previous: number | null;
  yoy: number | null;
}
/** GET /indicators/figures */
export interface IndFiguresView {
  year: number;
  stage: FigureStage;
  previousYear: number | null;
  figure:
    | { code: string; kind: 'item'; zh: string; en: string; unit: string }
    | { code: string; kind: 'computed'; zh: string; en: string; unit: string; formula?: Computed };
  root: IndFigureValueView & { code: string; name: string; previous: number | null; yoy: number | null };
  areas: IndAreaFigureView[];
}
export interface IndCompletenessRowView {
  key: string;
  expected: number;
  submitted: number;
  onTime: number;
  accepted: number;
  /** Reports whose figures the stage counts. */
  counted: number;
  completeness: number | null;
  timeliness: number | null;
}
/** GET /indicators/completeness */
export interface IndCompletenessView {
  year: number;
  stage: FigureStage;
  root: { code: string; name: string };
  /** Every report under the root. */
  total: IndCompletenessRowView;
  byArea: (IndCompletenessRowView & { name: string })[];
  byDeptType: IndCompletenessRowView[];
}
/** POST /indicators/forms/:year/computed/preview */
export interface IndComputedPreviewView {
  year: number;
  root: { code: string; name: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  population: PopulationFigure | null;
}

export interface IndTargetYearView {
  year: number;
  comparator: string;
  /** For a "narrow" target: the value implied by the baseline, null without one. */
  value: number | null;
  /** "narrow" only: the share of the baseline gap that must go, and why that share. */
  reduction: number | null;
  basis?: string;
  basisEn?: string;
  /** The computed status with every input it came from (baseline, latest value, target, clock year). */
  computed: ProgressResult;
  override: IndOverride | null;
  status: string;
}
export type IndTargetView = Omit<IndTarget, 'targets'> & {
  /** `se` and `ci` on a gap a survey run published with its interval. */
  observed: { year: number; value: number; note?: string; se?: number; ci?: [number, number] }[];
  targets: IndTargetYearView[];
};
/** GET /indicators/targets (and the override's answer) */
export interface IndTargetsView {
  targets: IndTargetView[];
  counsellorShareByArea: {
    area: string;
    name: string;
    schools: number;
    withCounsellor: number;
    share: number | null;
  }[];
}
/** GET /indicators/kpi and its edits */
export type IndKpiValueView = IndKpiValue;
/** GET /indicators/schools and its edits */
export type IndSchoolView = IndSchool;
/** GET /indicators/schools/keeper */
export interface IndSchoolsKeeperView {
  canEdit: boolean;
}
/** GET /indicators/populations (snake-case columns, as it has always been) */
export interface IndPopulationView {
  area_code: string;
  name: string;
  year: number;
  population: number;
  source: string;
  /** A seeded stand-in, marked as such in its source. */
  demoEstimate: boolean;
}

export interface IndImportChangeView {
  change: 'add' | 'update' | 'delete';
  key: string;
  /** The columns an update changes. */
  fields?: string[];
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}
/** POST /indicators/import[/:set]: what changed (or, in a dry run, would change); at most 500 changes listed. */
export interface IndImportView {
  set: string;
  dryRun: boolean;
  year: number | null;
  rows: number;
  summary: { add: number; update: number; unchanged: number; delete: number };
  changes: IndImportChangeView[];
  changesListed: number;
}
/** GET /indicators/export[/:set]?format=json (CSV has the same columns, `year` first for a per-year set). */
export interface IndExportJsonView {
  format: string;
  year?: number | null;
  rows: Record<string, unknown>[];
}
