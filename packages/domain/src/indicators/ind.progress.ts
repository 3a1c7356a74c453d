// Progress towards a numeric target by the compound-growth ratio method (Open SDG / Statistics Canada).
/**
 * actual CAGR   = (x_t / x_0)^(1/(t − t0)) − 1
 * required CAGR = (x_T / x_0)^(1/(T − t0)) − 1
 * ratio = actual / required: ≥ 0.95 on track; 0.60–0.95 acceleration needed; 0–0.60 limited progress;
 * < 0 deterioration. A value already at or past the target (in its direction) is achieved.
 * A natural limit L (100% for a share, 0 for a gap) is shown with the inputs; reaching it counts as achieved.
 *
 * A "narrow" target (the plan's "明显缩小 by 2025" for a gap) states no number; it carries `reduction`, the share of
 * the baseline gap that must go (data in targets.json, e.g. 0.3 = "markedly" means at least 30% smaller). Its
 * implied target is baseline × (1 − reduction), and the status is computed against that implied value by the same
 * ratio method. A baseline gap at or below 0 has nothing to narrow: staying at or below it is achieved, anything
 * above is deterioration.
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
  /** `value` is ignored when `reduction` is given (a "narrow" target): the implied target replaces it. */
  target: { year: number; value: number; direction: 'increase' | 'decrease'; reduction?: number | null };
  latest: { year: number; value: number } | null;
  naturalLimit?: number | null;
}

export interface ProgressResult {
  status: ProgressStatus;
  actualCagr: number | null;
  requiredCagr: number | null;
  ratio: number | null;
  /** The target value compared against: the stated one, or for a "narrow" target baseline × (1 − reduction). */
  targetValue: number;
  /** The inputs used, so the page can show how the status came about. */
  inputs: ProgressInput;
}

/** The value a "narrow" target implies: the baseline gap reduced by the stated share (0 < reduction ≤ 1). */
export function narrowTarget(baselineValue: number, reduction: number): number {
  if (!(reduction > 0 && reduction <= 1)) throw new RangeError(`reduction must be in (0, 1], got ${reduction}`);
  return baselineValue <= 0 ? baselineValue : baselineValue * (1 - reduction);
}

export function progressStatus(input: ProgressInput): ProgressResult {
  const { baseline, latest } = input;
  const narrow = input.target.reduction != null;
  const target = narrow
    ? {
        ...input.target,
        value: narrowTarget(baseline.value, input.target.reduction as number),
        direction: 'decrease' as const,
      }
    : input.target;
  const none = (status: ProgressStatus): ProgressResult => ({
    status,
    actualCagr: null,
    requiredCagr: null,
    ratio: null,
    targetValue: target.value,
    inputs: input,
  });
  if (!latest || latest.year <= baseline.year) return none('no_data');
  if (narrow && baseline.value <= 0) return none(latest.value <= baseline.value ? 'achieved' : 'deterioration');
  const up = target.direction === 'increase';
  if (up ? latest.value >= target.value : latest.value <= target.value) return { ...none('achieved') };
  if (input.naturalLimit != null && latest.value === input.naturalLimit) return { ...none('achieved') };
  const [x0, xt, xT] = [baseline.value, latest.value, target.value];
  if (x0 <= 0 || xt <= 0 || xT <= 0) {
    // compound growth is undefined at or below zero: fall back to the linear ratio of distances covered
    const ratio =
      (latest.value - baseline.value) /
      (((target.value - baseline.value) * (latest.year - baseline.year)) / (target.year - baseline.year));
    return {
      status: classify(ratio),
      actualCagr: null,
      requiredCagr: null,
      ratio,
      targetValue: target.value,
      inputs: input,
    };
  }
  const actualCagr = (xt / x0) ** (1 / (latest.year - baseline.year)) - 1;
  const requiredCagr = (xT / x0) ** (1 / (target.year - baseline.year)) - 1;
  const ratio = requiredCagr === 0 ? Number.POSITIVE_INFINITY : actualCagr / requiredCagr;
  return { status: classify(ratio), actualCagr, requiredCagr, ratio, targetValue: target.value, inputs: input };
}

function classify(ratio: number): ProgressStatus {
  if (!Number.isFinite(ratio)) return 'on_track';
  if (ratio >= 0.95) return 'on_track';
  if (ratio >= 0.6) return 'acceleration_needed';
  if (ratio >= 0) return 'limited_progress';
  return 'deterioration';
}
