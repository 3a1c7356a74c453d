// subset(): restrict a design to some rows while keeping the full design (R's subset.survey.design).
import { StatsError } from '../core/errors.ts';
import type { Design, ReplicateDesign, TaylorDesign } from '../core/types.ts';
import { degfOfReplicateDesign } from '../replicate/degf.ts';
import { computeDegf } from './degf.ts';

/**
 * Rows where `rows` is 1/true stay; the others get weight 0 and leave the subset mask, so every
 * estimate is a domain estimate of the full design (R: subset(design, cond) with cond & !is.na(cond);
 * NaN counts as false). Degrees of freedom are recomputed as R's degf() of the subset for Taylor
 * designs, and as the rank of the replicate weights of the subset − 1 for replicate designs.
 */
export function subset<D extends Design>(design: D, rows: Uint8Array | Float64Array | boolean[]): D {
  if (rows.length !== design.nrow) {
    throw new StatsError(
      'LENGTH_MISMATCH',
      `subset mask has ${rows.length} entries but the design has ${design.nrow} rows`,
      {
        length: rows.length,
        expected: design.nrow,
      },
    );
  }
  const n = design.nrow;
  const keep = new Uint8Array(n);
  const old = design.subset;
  for (let i = 0; i < n; i++) {
    const v = rows[i] as number | boolean;
    const on = v === true || (typeof v === 'number' && v !== 0 && !Number.isNaN(v));
    keep[i] = on && (old === null || old[i] !== 0) ? 1 : 0;
  }
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = keep[i] ? design.weights[i] : 0;
  if (design.kind === 'taylor') {
    const out: TaylorDesign = { ...design, weights, subset: keep };
    out.degf = computeDegf(out);
    return out as D;
  }
  const rep: ReplicateDesign = { ...(design as ReplicateDesign), weights, subset: keep };
  rep.df = degfOfReplicateDesign(rep);
  return rep as D;
}
