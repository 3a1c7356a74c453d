// Shapes of the indicators API's JSON (docs/API.md, "Indicators"): the registry, workflow and rule types from
// @kepu/domain (types only), the rest as the server's services send them; WEB-TYPES-LEFT.md lists the copies left.
import type {
  Breakdown,
  Computed,
  FormDefinition,
  Item,
  ProgressResult,
  ProgressStatus,
  ReportState,
  Rule,
  ValueCell,
  Violation,
} from '@kepu/domain/indicators';

export type { ProgressStatus, ReportState, ValueCell, Violation };

export type IndItem = Item;
export type IndRule = Rule;
export type IndBreakdown = Breakdown;
export type IndComputed = Computed;
/** A year's form as GET /indicators/forms/:year sends it: the definition with the filing window. */
export interface IndForm extends Omit<FormDefinition, 'format'> {
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
  lock: { by: string; at: string; reason: string } | null;
  returnReason: string | null;
}
export interface ReportDetail {
  unit: IndUnit;
  report: IndReport;
  values: ValueCell[];
  violations: Violation[];
  events: { at: string; actor: string; action: string; from: string; to: string; comment: string }[];
}
export interface AreaFigure {
  code: string;
  name: string;
  level: string;
  direct: boolean;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  population: { population: number; year: number; source: string } | null;
  previous: number | null;
  yoy: number | null;
}
export interface Figures {
  year: number;
  previousYear: number | null;
  figure: {
    code: string;
    kind: 'item' | 'computed';
    zh: string;
    en: string;
    unit: string;
    formula?: IndComputed;
  };
  root: {
    code: string;
    name: string;
    value: number | null;
    previous: number | null;
    yoy: number | null;
    population: AreaFigure['population'];
  };
  areas: AreaFigure[];
}
export type PivotDim = 'area' | 'deptType' | 'year' | 'group' | 'item' | 'option';
export interface PivotCell {
  area?: string;
  deptType?: string;
  year?: number;
  group?: string;
  item?: string;
  option?: string;
  value: number;
  units: number;
}
export interface Pivot {
  root: { code: string; name: string };
  rows: PivotDim[];
  cols: PivotDim[];
  cells: PivotCell[];
  labels: {
    area: Record<string, { name: string; level: string }>;
    item: Record<string, { zh: string; en: string; unit: string; group: string }>;
    option: Record<string, { zh: string; en: string }>;
  };
}
export interface Completeness {
  year: number;
  root: { code: string; name: string };
  byArea: {
    key: string;
    name: string;
    expected: number;
    submitted: number;
    onTime: number;
    accepted: number;
    completeness: number | null;
    timeliness: number | null;
  }[];
  byDeptType: {
    key: string;
    expected: number;
    submitted: number;
    onTime: number;
    accepted: number;
    completeness: number | null;
    timeliness: number | null;
  }[];
}
export interface TargetView {
  code: string;
  zh: string;
  en: string;
  unit: string;
  direction: 'increase' | 'decrease';
  naturalLimit: number | null;
  baseline: { year: number; value: number } | null;
  observed: { year: number; value: number; note?: string }[];
  source: string;
  targets: {
    year: number;
    /** For a "narrow" target: the value implied by the baseline, null without one. */
    value: number | null;
    comparator: string;
    /** "narrow" only: the share of the baseline gap that must go, and why that share. */
    reduction?: number | null;
    basis?: string;
    status: ProgressStatus;
    computed: Pick<ProgressResult, 'status' | 'actualCagr' | 'requiredCagr' | 'ratio'>;
    override: { status: string; reason: string; by: string; at: string } | null;
  }[];
}
export interface TargetsPayload {
  targets: TargetView[];
  counsellorShareByArea: {
    area: string;
    name: string;
    schools: number;
    withCounsellor: number;
    share: number | null;
  }[];
}
export interface KpiValue {
  id: number;
  code: string;
  year: number;
  areaCode: string;
  areaName: string;
  option: string;
  value: number;
  source:
    | { kind: 'survey'; se: number | null; ci: [number, number] | null; instrument: string | null }
    | { kind: 'published'; citation: string | null };
}
