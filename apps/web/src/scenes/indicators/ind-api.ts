// Types and react-query hooks for the indicators API (docs/API.md, "Indicators").
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, apiUrl } from '../../api/client.ts';

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

export function useForms() {
  return useQuery({
    queryKey: ['ind', 'forms'],
    queryFn: () =>
      api.get<{ year: number; title: string; opensOn: string; dueOn: string }[]>('/indicators/forms'),
  });
}
export function useForm(year: number | undefined) {
  return useQuery({
    queryKey: ['ind', 'form', year],
    queryFn: () => api.get<IndForm>(`/indicators/forms/${year}`),
    enabled: !!year,
  });
}
export function useReports(year: number | undefined) {
  return useQuery({
    queryKey: ['ind', 'reports', year],
    queryFn: () => api.get<{ unit: IndUnit; report: IndReport }[]>(`/indicators/reports/${year}`),
    enabled: !!year,
  });
}
export function useReport(year: number, unitId: number) {
  return useQuery({
    queryKey: ['ind', 'report', year, unitId],
    queryFn: () => api.get<ReportDetail>(`/indicators/reports/${year}/${unitId}`),
  });
}
export function useFigures(year: number | undefined, figure: string) {
  return useQuery({
    queryKey: ['ind', 'figures', year, figure],
    queryFn: () => api.get<Figures>('/indicators/figures', { year, figure }),
    enabled: !!year,
    placeholderData: (p) => p,
  });
}
export function usePivot(q: { year?: number; rows: string; cols: string; group?: string; years?: string }) {
  return useQuery({
    queryKey: ['ind', 'pivot', q],
    queryFn: () => api.get<Pivot>('/indicators/pivot', q),
    enabled: !!q.year,
    placeholderData: (p) => p,
  });
}
export function useCompleteness(year: number | undefined) {
  return useQuery({
    queryKey: ['ind', 'completeness', year],
    queryFn: () => api.get<Completeness>('/indicators/completeness', { year }),
    enabled: !!year,
  });
}

/** Every change to a report refreshes the report and all figures (they are computed fresh on the server). */
export function useReportMutation<B>(
  year: number,
  unitId: number,
  path: string,
  method: 'put' | 'post' = 'post',
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      method === 'put'
        ? request<B>('PUT', `/indicators/reports/${year}/${unitId}${path}`, body)
        : api.post<unknown>(`/indicators/reports/${year}/${unitId}${path}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ind'] }),
  });
}

export const putJson = <B>(path: string, body: B) => request<B>('PUT', path, body);

async function request<B>(method: string, path: string, body: B): Promise<unknown> {
  const res = await fetch(apiUrl(path), {
    method,
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return parseResponse(res);
}

/** A JSON response's body, or its error envelope thrown as an ApiError (also the data exchange's import). */
export async function parseResponse(res: Response): Promise<unknown> {
  const data = await res.json().catch(() => undefined);
  if (!res.ok) {
    const e = (
      data as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | undefined
    )?.error;
    throw new ApiError(
      res.status,
      e?.code ?? `http.${res.status}`,
      e?.message ?? res.statusText,
      e?.details ?? {},
    );
  }
  return data;
}

export function useUpload(year: number, unitId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const res = await fetch(apiUrl(`/indicators/reports/${year}/${unitId}/upload`), {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        body: file,
      });
      return parseResponse(res) as Promise<{ saved: number; warnings: Violation[] }>;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['ind'] }),
  });
}

export const templateUrl = (year: number, unitId: number) =>
  apiUrl(`/indicators/reports/${year}/${unitId}/template.xlsx`);

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
export function useTargets() {
  return useQuery({
    queryKey: ['ind', 'targets'],
    queryFn: () => api.get<TargetsPayload>('/indicators/targets'),
  });
}
export function useKpi() {
  return useQuery({ queryKey: ['ind', 'kpi'], queryFn: () => api.get<KpiValue[]>('/indicators/kpi') });
}
