// Jackknife replicate factors: JK1 (R's jk1weights) and stratified JKn (R's jknweights).
import { StatsError } from '../core/errors.ts';
import type { LonelyPsu } from '../core/types.ts';
import type { PsuFactors } from './psu-factors.ts';

/**
 * R's jk1weights(psu, fpc): one replicate per PSU; replicate r drops PSU r and multiplies the others
 * by n/(n − 1). scale = (1 − f)(n − 1)/n with f = n/N (`popSize` N, or null for no fpc).
 * A census (N = n) gets no replicates at all (R's survey.drop.replicates = TRUE).
 */
export function jk1Factors(nPsu: number, popSize: number | null): PsuFactors {
  const n = nPsu;
  let fpc = 1;
  if (popSize !== null) {
    if (popSize < n) {
      throw new StatsError('INVALID_FPC', `population size ${popSize} is smaller than the ${n} sampled PSUs`);
    }
    fpc = (popSize - n) / popSize;
  }
  if (fpc === 0)
    return { nrep: 0, nPsu: n, factors: new Float64Array(0), scale: 0, rscales: new Float64Array(0) };
  if (n < 2) throw new StatsError('ONE_PSU', 'a jackknife needs at least 2 PSUs; the design has 1');
  const factors = new Float64Array(n * n).fill(n / (n - 1));
  for (let r = 0; r < n; r++) factors[r * n + r] = 0;
  return { nrep: n, nPsu: n, factors, scale: (fpc * (n - 1)) / n, rscales: new Float64Array(n).fill(1) };
}

/**
 * R's jknweights(strata, psu, fpc): strata in order of first appearance, within each one replicate per
 * PSU that drops it and multiplies the other PSUs of its stratum by n_h/(n_h − 1) (PSUs elsewhere keep 1).
 * rscales_h = (1 − f_h)(n_h − 1)/n_h, scale = 1. Census strata get no replicates. A stratum with one PSU:
 * 'fail' throws; 'remove', 'certainty', 'average' give it no replicate ('average' then multiplies scale
 * by #PSU/#replicates); 'adjust' gives one replicate that zeroes it and multiplies every other PSU by
 * H/(H − 1), rscale (H − 1)/H.
 */
export function jknFactors(
  psuStratum: Int32Array,
  nStrata: number,
  popSize: Float64Array | null,
  lonelyPsu: LonelyPsu,
  strataLabels?: string[],
): PsuFactors {
  const nPsu = psuStratum.length;
  // Strata in order of first appearance among PSUs (PSUs are in first-appearance order of rows).
  const order: number[] = [];
  const seen = new Uint8Array(nStrata);
  const members: number[][] = Array.from({ length: nStrata }, () => []);
  for (let p = 0; p < nPsu; p++) {
    const h = psuStratum[p];
    if (!seen[h]) {
      seen[h] = 1;
      order.push(h);
    }
    members[h].push(p);
  }
  const H = order.length;
  const cols: Float64Array[] = [];
  const rs: number[] = [];
  for (const h of order) {
    const psus = members[h];
    const nh = psus.length;
    let fpc = 1;
    if (popSize !== null) {
      const N = popSize[h];
      if (N < nh) {
        throw new StatsError(
          'INVALID_FPC',
          `population size ${N} is smaller than the ${nh} sampled PSUs in stratum ${strataLabels?.[h] ?? h}`,
        );
      }
      fpc = (N - nh) / N;
    }
    if (fpc === 0) continue;
    if (nh === 1) {
      const label = strataLabels?.[h] ?? String(h);
      if (lonelyPsu === 'fail') {
        throw new StatsError('LONELY_PSU', `stratum ${label} has only one PSU (lonely PSU rule 'fail')`, {
          stratum: label,
        });
      }
      if (lonelyPsu === 'adjust') {
        const col = new Float64Array(nPsu);
        for (let p = 0; p < nPsu; p++) col[p] = psuStratum[p] === h ? 0 : H / (H - 1);
        cols.push(col);
        rs.push((H - 1) / H);
      }
      continue;
    }
    for (const drop of psus) {
      const col = new Float64Array(nPsu).fill(1);
      for (const p of psus) col[p] = p === drop ? 0 : nh / (nh - 1);
      cols.push(col);
      rs.push((fpc * (nh - 1)) / nh);
    }
  }
  if (cols.length === 0) {
    throw new StatsError(
      'INVALID_ARGUMENT',
      'all strata were exhaustively sampled: the design is the whole population',
    );
  }
  let scale = 1;
  if (cols.length < nPsu && lonelyPsu === 'average') scale = nPsu / cols.length;
  const nrep = cols.length;
  const factors = new Float64Array(nrep * nPsu);
  for (let r = 0; r < nrep; r++) factors.set(cols[r], r * nPsu);
  return { nrep, nPsu, factors, scale, rscales: Float64Array.from(rs) };
}
