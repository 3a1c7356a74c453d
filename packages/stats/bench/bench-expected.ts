// R's figures for synth1m (shared/data/README.md and issue 3): results to 15 digits, times on 2 cores.

/** R survey 4.1-1 results, design svydesign(id=~cluster, strata=~stratum, weights=~w, nest=TRUE). */
export const R_RESULTS = {
  degf: 1950,
  mean: { estimate: 0.369868992208201, se: 0.00257409243188804 },
  byDomain: {
    estimate: [
      0.281884944964733, 0.321399284035112, 0.362268332666356, 0.385675474746266, 0.408524418011268,
      0.454810516710722,
    ],
    se: [
      0.00265330046826022, 0.00271065933046156, 0.00272716041779964, 0.00281198561976427, 0.00292296336834064,
      0.00306733961914977,
    ],
  },
  jk1Mean: { estimate: 0.369868992208201, se: 0.00267876694074487 },
};

/** R's wall times in seconds on a 2-core machine, and its peak memory in bytes. */
export const R_SECONDS: Record<string, number> = {
  design: 5.65,
  mean: 0.99,
  byDomain: 3.45,
  jk1Design: 20.7,
  jk1Mean: 2.26,
  jk1ByDomain: 16.0,
};
export const R_PEAK_BYTES = 4.4e9;

/** The README gives 15 significant digits, so "equal to 1e-9" is checked at this relative tolerance. */
export const RELATIVE_TOLERANCE = 1e-9;
