// One Bock–Aitkin EM cycle: E-step on the quadrature grid, then each item's M-step and (Rasch) the latent variance.
import { type ExpectedCounts, eStep } from './estep.ts';
import { type GuessPrior, type IrtModel, itemParamCount, traceLines } from './item-model.ts';
import { maximiseItem } from './mstep.ts';
import type { ResponsePatterns } from './patterns.ts';
import { priorWeights } from './quadrature.ts';

export interface EmContext {
  readonly model: IrtModel;
  readonly data: ResponsePatterns;
  readonly theta: Float64Array;
  readonly prior?: GuessPrior;
}

/** Latent variance held in the vector's last slot for the Rasch model (1 otherwise). */
export const varianceOf = (ctx: EmContext, v: Float64Array): number =>
  ctx.model === 'rasch' ? v[v.length - 1] : 1;

/** E-step at the parameter vector v: expected counts and the marginal log-likelihood at v. */
export function expectedCounts(ctx: EmContext, v: Float64Array): ExpectedCounts {
  const { logP, logQ } = traceLines(ctx.model, v, ctx.data.nItems, ctx.theta);
  return eStep(ctx.data, logP, logQ, priorWeights(ctx.theta, varianceOf(ctx, v)));
}

/**
 * E-step at v, then `step` on every item's slice of v with the expected counts (r1, r0 from offset `off`); returns
 * a copy of v with the items' slices replaced by what `step` gave, and the counts.
 */
export function mapItems(
  ctx: EmContext,
  v: Float64Array,
  step: (slice: Float64Array, r1: Float64Array, r0: Float64Array, off: number) => Float64Array,
): { next: Float64Array; counts: ExpectedCounts } {
  const counts = expectedCounts(ctx, v);
  const np = itemParamCount(ctx.model);
  const next = Float64Array.from(v);
  for (let j = 0; j < ctx.data.nItems; j++) {
    next.set(step(v.subarray(j * np, (j + 1) * np), counts.r1, counts.r0, j * ctx.theta.length), j * np);
  }
  return { next, counts };
}

/** One EM cycle: E-step at v, then every item's M-step (and the latent variance for Rasch, as mirt's closed form). */
export function emCycle(ctx: EmContext, v: Float64Array): { next: Float64Array; logLik: number } {
  const K = ctx.theta.length;
  const { next, counts } = mapItems(ctx, v, (slice, r1, r0, off) =>
    maximiseItem(ctx.model, slice, ctx.theta, r1, r0, off, ctx.prior),
  );
  if (ctx.model === 'rasch') {
    let m2 = 0;
    let n = 0;
    for (let k = 0; k < K; k++) {
      m2 += counts.nk[k] * ctx.theta[k] * ctx.theta[k];
      n += counts.nk[k];
    }
    next[next.length - 1] = m2 / n;
  }
  return { next, logLik: counts.logLik };
}
