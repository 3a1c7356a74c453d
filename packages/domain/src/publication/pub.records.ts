// What a publication holds: the public snapshot of one year (only figures that passed review, no person's name or
// account), and the release record the store keeps around it (who published stays internal, in the audit log).
import type { KpiValueInput } from '../indicators/ind.records.ts';

/** A literacy value as the kpi exchange set writes it (so the public CSV re-imports). */
export type PubKpiRow = KpiValueInput;

export interface PubTarget {
  code: string;
  zh: string;
  en: string;
  unit: string;
  direction: 'increase' | 'decrease';
  baseline: { year: number; value: number } | null;
  observed: { year: number; value: number }[];
  targets: { year: number; value: number | null; comparator: string; status: string }[];
}

export interface PubGroup {
  kind: 'action' | 'project';
  number: number;
  title: string;
  /** 牵头单位: organisations, never people */
  leadUnits: string[];
  tasks: { number: number; title: string; units: string[] }[];
}

export interface PubProgress {
  /** the round the figures are of, and how many accepted reports they count */
  basis: { round: string; year: number; acceptedReports: number } | null;
  overall: number | null;
  groups: { kind: 'action' | 'project'; number: number; title: string; progress: number | null }[];
  districts: { areaCode: string; areaName: string; progress: number | null; units: number }[];
}

/** One key statistic of one area in the year, counted over accepted reports only. */
export interface PubFigureRow {
  year: number;
  areaCode: string;
  areaName: string;
  item: string;
  itemZh: string;
  itemEn: string;
  unit: string;
  value: number | null;
  population: number | null;
  per10k: number | null;
}

export interface PubCompletenessRow {
  year: number;
  areaCode: string;
  areaName: string;
  expected: number;
  accepted: number;
}

export interface PubPopulationRow {
  areaCode: string;
  year: number;
  population: number;
  source: string;
}

export interface PubSnapshot {
  format: 'kepu-publication/1';
  year: number;
  jurisdiction: { code: string; name: string };
  plan: {
    title: string;
    documentNumber: string;
    issuedOn: string | null;
    period: { start: number; end: number };
    /** value null: a qualitative goal, in its words (`text`) */
    goals: {
      indicator: string;
      year: number;
      value: number | null;
      comparator: string;
      unit: string;
      text: string;
    }[];
    groups: PubGroup[];
  };
  literacy: { rows: PubKpiRow[]; methods: { year: number; areaCode: string; note: string }[] };
  targets: PubTarget[];
  progress: PubProgress;
  figures: PubFigureRow[];
  completeness: PubCompletenessRow[];
  populations: PubPopulationRow[];
  /** some figure was made up by the demo seed (shown as 示例) */
  demo: boolean;
}

export interface PubRelease {
  id: number;
  year: number;
  version: number;
  publishedAt: string;
  snapshot: PubSnapshot;
}
