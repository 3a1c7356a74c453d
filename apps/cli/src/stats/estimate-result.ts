// The result of `stats estimate`, in the shape of its JSON output.

export type ByValue = string | number | null;

export interface EstimateRow {
  by: Record<string, ByValue>;
  variable: string;
  level?: string;
  estimate: number;
  se: number;
  ci?: [number, number];
  deff?: number;
}

/** A rake that did not converge: R's warning and every margin cell, population target against achieved. */
export interface RakeReport {
  converged: boolean;
  iterations: number;
  warning?: string;
  margins: { variable: string; level: string; target: number; achieved: number }[];
}

export interface EstimateResult {
  statistic: string;
  df: number;
  estimates: EstimateRow[];
  /** Warnings R would give while building the design (printed on stderr too). */
  warnings?: string[];
  /** Only when --rake did not converge. */
  rake?: RakeReport;
}
