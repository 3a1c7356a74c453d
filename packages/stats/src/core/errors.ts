// StatsError: the one error type thrown by packages/stats, with a stable machine-readable code.

/** Stable error codes. Add new codes here rather than inventing ad-hoc strings. */
export type StatsErrorCode =
  | 'UNKNOWN_COLUMN'
  | 'WRONG_COLUMN_TYPE'
  | 'LENGTH_MISMATCH'
  | 'MISSING_WEIGHT'
  | 'NEGATIVE_WEIGHT'
  | 'INVALID_WEIGHT'
  | 'MISSING_DESIGN_VALUE'
  | 'INVALID_FPC'
  | 'LONELY_PSU'
  | 'ONE_PSU'
  | 'NOT_NESTED'
  | 'INVALID_ARGUMENT'
  | 'EMPTY_DOMAIN'
  | 'NO_DATA'
  | 'NOT_CONVERGED'
  | 'UNSUPPORTED'
  // added by B: calibration errors (a margin level absent from the data; a population cell with no sample)
  | 'UNKNOWN_LEVEL'
  | 'EMPTY_POSTSTRATUM';

/** Error thrown for any invalid input or impossible computation. `message` names the problem. */
export class StatsError extends Error {
  readonly code: StatsErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: StatsErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'StatsError';
    this.code = code;
    this.details = details;
  }
}
