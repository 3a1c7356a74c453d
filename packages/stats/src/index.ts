// Public API of @kepu/stats: design-based survey estimation (a TypeScript counterpart of R's survey 4.1).
// Named exports only (no `export *`): every public name of src/replicate and src/calibrate is listed here too.

// calibration: post-stratification, raking and GREG calibration on Taylor and replicate designs
export {
  type CalibrateSpec,
  type CalibrationBounds,
  type CalibrationFunction,
  calibrate,
  calibrationTotals,
  type Margin,
  margin,
  marginsFromRows,
  type PostStratifyOptions,
  postStratify,
  type RakeControl,
  type RakeMarginCell,
  type RakeResult,
  rake,
  rakeDetailed,
  type TotalRow,
} from './calibrate/index.ts';
export { type CipropMethod, type CipropOptions, type SvyCiprop, svyciprop } from './ci/ciprop.ts';
export { confint } from './ci/confint.ts';
export { dbeta, pbeta, qbeta } from './core/beta.ts';
export { estimateStatistic, estimateTaylor } from './core/engine.ts';
export { StatsError, type StatsErrorCode } from './core/errors.ts';
export { lgamma, pchisq, qchisq, qgamma } from './core/gamma.ts';
export { dnorm, pnorm, qnorm } from './core/normal.ts';
export { aggregateContributions, influenceScores, weightedTotals } from './core/statistic.ts';
export { dt, pt, qt } from './core/student-t.ts';
export {
  type CalibrationStep,
  type CategoricalColumn,
  type Column,
  categoricalColumn,
  type Design,
  type DesignSpec,
  type Frame,
  getColumn,
  isNumericColumn,
  type LonelyPsu,
  makeFrame,
  type NumericColumn,
  numericColumn,
  type PpsJoint,
  type PpsSpec,
  type ReplicateDesign,
  type ReplicateType,
  type ReplicateVarianceFn,
  type ReplicateWeights,
  type SmoothStatistic,
  type TaylorDesign,
  type TaylorStage,
  type VarianceResult,
} from './core/types.ts';
export { degf } from './design/degf.ts';
export { subset } from './design/subset.ts';
export { svydesign } from './design/svydesign.ts';
export { type ByResult, type Domain, domainsOf, svyby } from './estimators/by.ts';
export { meanStatistic, svymean } from './estimators/mean.ts';
export { type QuantileOptions, type SvyQuantile, svyquantile } from './estimators/quantile.ts';
export { ratioStatistic, svyratio } from './estimators/ratio.ts';
export type { SvyStat } from './estimators/result.ts';
export { type SvyVar, svyvar, varianceStatistic } from './estimators/svyvar.ts';
export { svytotal, totalStatistic } from './estimators/total.ts';
export type { EstimateOptions } from './estimators/variables.ts';
// CSV bytes to typed columns (the caller reads the file)
export {
  type CsvChunks,
  type CsvColumn,
  CsvError,
  type CsvReadOptions,
  type CsvTable,
  parseCsv,
  readCsv,
} from './io/csv-parse.ts';
// item response theory: Rasch, 2PL, 3PL by marginal maximum likelihood (a counterpart of R's mirt 1.41)
export {
  fitIrt,
  type GuessPrior,
  type IrtData,
  type IrtFit,
  type IrtItem,
  type IrtModel,
  type IrtOptions,
} from './irt/index.ts';

// replicate-weight designs: supplied, built (JK1, JKn, BRR, Fay, bootstrap) and grouped jackknife
export {
  type AsReplicateOptions,
  type AsReplicateType,
  analysisWeightMatrix,
  asReplicateDesign,
  type BinaryMatrix,
  degfOfReplicateDesign,
  type GroupedJackknifeSpec,
  groupedJackknife,
  hadamard,
  paley,
  type Random,
  type ReplicateSpec,
  replicateDegf,
  replicateTotals,
  replicateVariance,
  seededRandom,
  svrepdesign,
  svrVar,
} from './replicate/index.ts';
// small-area estimation: the area-level Fay–Herriot model (R sae's eblupFH and mseFH)
export { type FhCoefficient, type FhInput, type FhMethod, type FhResult, fayHerriot } from './sae/index.ts';
export { taylorVariance } from './variance/taylor-variance.ts';
