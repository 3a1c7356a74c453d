// Progress towards a numeric target by the compound-growth ratio method (Open SDG / Statistics Canada).
/**
 * actual CAGR   = (x_t / x_0)^(1/(t − t0)) − 1
 * required CAGR = (x_T / x_0)^(1/(T − t0)) − 1
 * ratio = actual / required: ≥ 0.95 on track; 0.60–0.95 acceleration needed; 0–0.60 limited progress;
 * < 0 deterioration. A value already at or past the target (in its direction) is achieved.
 * A natural limit L (100% for a share, 0 for a gap) is shown with the inputs; reaching it counts as achieved.
 */
export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'acceleration_needed'
  | 'limited_progress'
  | 'deterioration'
  | 'no_data';

export interface ProgressInput {
  baseline: { year: number; value: number };
  target: { year: number; value: number; direction: 'increase' | 'decrease' };
  latest: { year: number; value: number } | null;
  naturalLimit?: number | null;
}

export interface ProgressResult {
  status: ProgressStatus;
  actualCagr: number | null;
  requiredCagr: number | null;
  ratio: number | null;
  /** The inputs used, so the page can show how the status came about. */
  inputs: ProgressInput;
}

export function progressStatus(input: ProgressInput): ProgressResult {
  const { baseline, target, latest } = input;
  const none = (status: ProgressStatus): ProgressResult => ({
    status,
    actualCagr: null,
    requiredCagr: null,
    ratio: null,
    inputs: input,
  });
  if (!latest || latest.year <= baseline.year) return none('no_data');
  const up = target.direction === 'increase';
  if (up ? latest.value >= target.value : latest.value <= target.value) return { ...none('achieved') };
  if (input.naturalLimit != null && latest.value === input.naturalLimit) return { ...none('achieved') };
  const [x0, xt, xT] = [baseline.value, latest.value, target.value];
  if (x0 <= 0 || xt <= 0 || xT <= 0) {
    // compound growth is undefined at or below zero: fall back to the linear ratio of distances covered
    const ratio =
      (latest.value - baseline.value) /
      (((target.value - baseline.value) * (latest.year - baseline.year)) / (target.year - baseline.year));
    return { status: classify(ratio), actualCagr: null, requiredCagr: null, ratio, inputs: input };
  }
  const actualCagr = (xt / x0) ** (1 / (latest.year - baseline.year)) - 1;
  const requiredCagr = (xT / x0) ** (1 / (target.year - baseline.year)) - 1;
  const ratio = requiredCagr === 0 ? Number.POSITIVE_INFINITY : actualCagr / requiredCagr;
  return { status: classify(ratio), actualCagr, requiredCagr, ratio, inputs: input };
}

function classify(ratio: number): ProgressStatus {
  if (!Number.isFinite(ratio)) return 'on_track';
  if (ratio >= 0.95) return 'on_track';
  if (ratio >= 0.6) return 'acceleration_needed';
  if (ratio >= 0) return 'limited_progress';
  return 'deterioration';
}
