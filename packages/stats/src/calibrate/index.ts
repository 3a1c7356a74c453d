// Public surface of the calibration part of packages/stats (re-exported by src/index.ts).
export { type CalibrateSpec, calibrate } from './calibrate.ts';
export type { CalibrationBounds, CalibrationFunction } from './grake.ts';
export { type Margin, margin, marginsFromRows } from './margins.ts';
export { type PostStratifyOptions, postStratify } from './post-stratify.ts';
export { type RakeControl, type RakeMarginCell, type RakeResult, rake, rakeDetailed } from './rake.ts';
export { calibrationTotals, type TotalRow } from './totals.ts';
