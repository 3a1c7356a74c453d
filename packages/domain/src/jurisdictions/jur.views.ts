// The JSON the jurisdiction routes return; the web app imports these types.
import type { ReportStatus } from '../accountability/acc.types.ts';
import type { JurisdictionLevel } from './jur.records.ts';
import type { PlanDiff } from './plan-diff.view.ts';

export interface JurisdictionOption {
  code: string;
  name: string;
  level: JurisdictionLevel;
  demo: boolean;
  planTitle: string;
}
export interface MyJurisdictionsView {
  /** The jurisdiction this request works in. */
  current: string;
  /** The account's own (the top of its scope). */
  home: string;
  options: JurisdictionOption[];
}

/** A jurisdiction's progress in the year: the accountability figure (accepted reports) and its tasks by status. */
export interface CascadeProgress {
  year: number;
  roundTitle: string | null;
  /** Mean progress (%) over accepted reports; null when there is none yet. */
  progress: number | null;
  accepted: number;
  awaitingReview: number;
  tasks: number;
  statusCounts: Record<ReportStatus, number>;
}
export interface CascadeStatistics {
  /** The latest literacy share (%) for the jurisdiction's area, with its year. */
  literacy: { year: number; value: number; demo: boolean } | null;
  population: { year: number; value: number } | null;
  tasks: number;
  units: number;
}
export interface CascadePlanRef {
  id: number;
  title: string;
  documentNumber: string;
  version: number;
}
export interface CascadeEntry {
  code: string;
  name: string;
  level: JurisdictionLevel;
  demo: boolean;
  plan: CascadePlanRef;
  progress: CascadeProgress;
  statistics: CascadeStatistics;
}
/** current: implements the current plan above; older: an earlier version of it; none: no link named. */
export type ImplementsLink = 'current' | 'older' | 'none';
export interface CascadeChild extends CascadeEntry {
  implements: ImplementsLink;
  diff: PlanDiff;
}
export interface CascadeView {
  own: CascadeEntry;
  children: CascadeChild[];
}
