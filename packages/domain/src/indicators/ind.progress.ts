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
 *
 * Once the target year is due (the clock's year is past it, or the latest value is for that year or later) the
 * ratio no longer applies: the status is achieved when the latest value meets the target and missed otherwise.
 */
export type ProgressStatus =
  | 'achieved'
  | 'missed'
  | 'on_track'
  | 'acceleration_needed'
  | 'limited_progress'
  | 'deterioration'
  | 'no_data';

export interface ProgressInput {
  /** The plan's baseline, or the first observation before the latest; null when there is none. */
  baseline: { year: number; value: number } | null;
  /**
   * `value` is ignored when `reduction` is given (a "narrow" target): the implied target replaces it.
   * `strict` (the plan's ">") asks for more than the value, not merely reaching it.
   */
  target: {
    year: number;
    value: number;
    direction: 'increase' | 'decrease';
    reduction?: number | null;
    strict?: boolean;
  };
  latest: { year: number; value: number } | null;
  naturalLimit?: number | null;
  /** The clock's year: past the target year the status is achieved or missed. */
  currentYear?: number | null;
}

export interface ProgressResult {
  status: ProgressStatus;
  actualCagr: number | null;
  requiredCagr: number | null;
  ratio: number | null;
  /**
   * The target value compared against: the stated one, or for a "narrow" target baseline × (1 − reduction)
   * (null without a baseline).
   */
  targetValue: number | null;
  /** The target year is over: the status compares the latest value with the target, no ratio is used. */
  due: boolean;
  /** The inputs used, so the page can show how the status came about. */
  inputs: ProgressInput;
}

/** The value a "narrow" target implies: the baseline gap reduced by the stated share (0 < reduction ≤ 1). */
export function narrowTarget(baselineValue: number, reduction: number): number {
  if (!(reduction > 0 && reduction <= 1))
    throw new RangeError(`reduction must be in (0, 1], got ${reduction}`);
  return baselineValue <= 0 ? baselineValue : baselineValue * (1 - reduction);
}

/** Whether the target year is behind us: the clock is past it, or the latest value is for it or later. */
export function targetDue(input: Pick<ProgressInput, 'target' | 'latest' | 'currentYear'>): boolean {
  const { target, latest, currentYear } = input;
  return (currentYear != null && currentYear > target.year) || (latest != null && latest.year >= target.year);
}

export function progressStatus(input: ProgressInput): ProgressResult {
  const { baseline, latest } = input;
  const narrow = input.target.reduction != null;
  const due = targetDue(input);
  const targetValue = !narrow
    ? input.target.value
    : baseline
      ? narrowTarget(baseline.value, input.target.reduction as number)
      : null;
  const result = (
    status: ProgressStatus,
    growth?: Pick<ProgressResult, 'actualCagr' | 'requiredCagr' | 'ratio'>,
  ) => ({
    status,
    actualCagr: growth?.actualCagr ?? null,
    requiredCagr: growth?.requiredCagr ?? null,
    ratio: growth?.ratio ?? null,
    targetValue,
    due,
    inputs: input,
  });
  if (!latest || targetValue === null || (baseline && latest.year < baseline.year)) return result('no_data');
  const up = !narrow && input.target.direction === 'increase';
  const strict = !narrow && input.target.strict === true;
  const met =
    (up
      ? strict
        ? latest.value > targetValue
        : latest.value >= targetValue
      : strict
        ? latest.value < targetValue
        : latest.value <= targetValue) ||
    (input.naturalLimit != null && latest.value === input.naturalLimit);
  if (met) return result('achieved');
  if (due) return result('missed');
  if (!baseline || latest.year === baseline.year) return result('no_data');
  // a baseline gap at or below 0 has nothing to narrow: any rise above it is deterioration
  if (narrow && baseline.value <= 0) return result('deterioration');
  const [x0, xt, xT] = [baseline.value, latest.value, targetValue];
  if (x0 <= 0 || xt <= 0 || xT <= 0) {
    // compound growth is undefined at or below zero: fall back to the linear ratio of distances covered
    const ratio =
      (xt - x0) / (((xT - x0) * (latest.year - baseline.year)) / (input.target.year - baseline.year));
    return result(classify(ratio), { actualCagr: null, requiredCagr: null, ratio });
  }
  const actualCagr = (xt / x0) ** (1 / (latest.year - baseline.year)) - 1;
  const requiredCagr = (xT / x0) ** (1 / (input.target.year - baseline.year)) - 1;
  const ratio = requiredCagr === 0 ? Number.POSITIVE_INFINITY : actualCagr / requiredCagr;
  return result(classify(ratio), { actualCagr, requiredCagr, ratio });
}

function classify(ratio: number): ProgressStatus {
  if (!Number.isFinite(ratio)) return 'on_track';
  if (ratio >= 0.95) return 'on_track';
  if (ratio >= 0.6) return 'acceleration_needed';
  if (ratio >= 0) return 'limited_progress';
  return 'deterioration';
}
