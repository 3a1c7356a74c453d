// Public surface of the replicate-weight part of packages/stats (re-exported by src/index.ts).
export { type AsReplicateOptions, type AsReplicateType, asReplicateDesign } from './as-replicate.ts';
export { degfOfReplicateDesign, replicateDegf } from './degf.ts';
export { type GroupedJackknifeSpec, groupedJackknife } from './grouped-jackknife.ts';
export { type BinaryMatrix, hadamard, paley } from './hadamard.ts';
export { analysisWeightMatrix } from './materialize.ts';
export { type Random, seededRandom } from './prng.ts';
export { svrVar } from './svr-var.ts';
export { type ReplicateSpec, svrepdesign } from './svrepdesign.ts';
export { replicateTotals, replicateVariance } from './variance.ts';
