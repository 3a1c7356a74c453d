// Shapes of the indicators API's JSON (docs/API.md, "Indicators").

export interface IndItem {
  code: string;
  group: 'P' | 'V' | 'F' | 'M' | 'A' | 'E';
  zh: string;
  en: string;
  valueType: 'integer' | 'number' | 'percentage' | 'money' | 'text';
  aggregation: 'sum' | 'latest' | 'mean';
  unit: string;
  breakdown: string | null;
  parent: string | null;
  retired: boolean;
}
export interface IndRule {
  code: string;
  left: string;
  op: string;
  right: string;
  severity: 'hard' | 'soft';
  zh: string;
  en: string;
  retired: boolean;
}
export interface IndBreakdown {
  code: string;
  zh: string;
  en: string;
  options: { code: string; zh: string; en: string }[];
}
export interface IndComputed {
  code: string;
  zh: string;
  en: string;
  numerator: string;
  denominator: string;
  factor: number;
  unit: string;
  retired?: boolean;
}
export interface IndForm {
  year: number;
  title: string;
  opensOn: string;
  dueOn: string;
  items: IndItem[];
  rules: IndRule[];
  breakdowns: IndBreakdown[];
  computed: IndComputed[];
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
export type ReportState = 'open' | 'draft' | 'submitted' | 'returned' | 'approved' | 'accepted';
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
export interface Violation {
  rule: string;
  severity: 'hard' | 'soft';
  left: number;
  op: string;
  right: number;
  items: string[];
  zh: string;
  en: string;
}
export interface ValueCell {
  item: string;
  option: string;
  value: number | null;
  text?: string | null;
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
export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'acceleration_needed'
  | 'limited_progress'
  | 'deterioration'
  | 'no_data';
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
    computed: {
      status: ProgressStatus;
      actualCagr: number | null;
      requiredCagr: number | null;
      ratio: number | null;
    };
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
