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

export interface EstimateResult {
  statistic: string;
  df: number;
  estimates: EstimateRow[];
}
