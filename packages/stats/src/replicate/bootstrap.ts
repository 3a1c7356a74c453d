// Stratified cluster bootstrap factors (R's bootweights and subbootweights), with a seeded generator.
import { StatsError } from '../core/errors.ts';
import type { Random } from './prng.ts';
import type { PsuFactors } from './psu-factors.ts';

function strataMembers(psuStratum: Int32Array, nStrata: number): number[][] {
  const members: number[][] = Array.from({ length: nStrata }, () => []);
  const order: number[] = [];
  for (let p = 0; p < psuStratum.length; p++) {
    const h = psuStratum[p];
    if (members[h].length === 0) order.push(h);
    members[h].push(p);
  }
  return order.map((h) => members[h]);
}

function shuffled(items: number[], rng: Random): number[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

/**
 * R's bootweights (Canty & Davison's survey bootstrap): in every stratum, each replicate draws n_h of
 * its n_h PSUs with replacement and a PSU's factor is the number of times it was drawn. With a
 * population size N_h (fpc), the draw is n_h without replacement from the N_h-long list that repeats
 * the (shuffled) PSUs. scale = n̄/((n̄ − 1)(R − 1)) with n̄ the harmonic mean of n_h; rscales = 1.
 */
export function bootstrapFactors(
  psuStratum: Int32Array,
  nStrata: number,
  popSize: Float64Array | null,
  replicates: number,
  rng: Random,
): PsuFactors {
  if (!Number.isInteger(replicates) || replicates < 2) {
    throw new StatsError(
      'INVALID_ARGUMENT',
      `the bootstrap needs a whole number of replicates ≥ 2, got ${replicates}`,
    );
  }
  const nPsu = psuStratum.length;
  const factors = new Float64Array(replicates * nPsu);
  const groups = strataMembers(psuStratum, nStrata);
  let invSum = 0;
  for (const psus of groups) {
    const nh = psus.length;
    invSum += 1 / nh;
    const N = popSize === null ? null : popSize[psuStratum[psus[0]]];
    if (N !== null && N < nh) {
      throw new StatsError(
        'INVALID_FPC',
        `population size ${N} is smaller than the ${nh} sampled PSUs of a stratum`,
      );
    }
    const perm = shuffled(psus, rng);
    for (let r = 0; r < replicates; r++) {
      const base = r * nPsu;
      if (N === null) {
        for (let k = 0; k < nh; k++) factors[base + perm[rng.int(nh)]] += 1;
      } else {
        // n_h distinct positions out of N_h (Floyd's algorithm); position q holds PSU perm[q mod n_h].
        const size = Math.floor(N);
        const chosen = new Set<number>();
        for (let j = size - nh; j < size; j++) {
          const t = rng.int(j + 1);
          chosen.add(chosen.has(t) ? j : t);
        }
        for (const q of chosen) factors[base + perm[q % nh]] += 1;
      }
    }
  }
  const nbar = groups.length / invSum;
  if (!(nbar > 1)) throw new StatsError('ONE_PSU', 'the bootstrap needs strata with at least 2 PSUs');
  return {
    nrep: replicates,
    nPsu,
    factors,
    scale: nbar / ((nbar - 1) * (replicates - 1)),
    rscales: new Float64Array(replicates).fill(1),
  };
}

/**
 * R's subbootweights (Rao & Wu's rescaling bootstrap): each replicate draws n_h − 1 of the n_h PSUs of
 * every stratum with replacement; factor = count · n_h/(n_h − 1). scale = 1/(R − 1), rscales = 1.
 */
export function subbootstrapFactors(
  psuStratum: Int32Array,
  nStrata: number,
  replicates: number,
  rng: Random,
): PsuFactors {
  if (!Number.isInteger(replicates) || replicates < 2) {
    throw new StatsError(
      'INVALID_ARGUMENT',
      `the bootstrap needs a whole number of replicates ≥ 2, got ${replicates}`,
    );
  }
  const nPsu = psuStratum.length;
  const factors = new Float64Array(replicates * nPsu);
  for (const psus of strataMembers(psuStratum, nStrata)) {
    const nh = psus.length;
    if (nh < 2)
      throw new StatsError('LONELY_PSU', 'the Rao–Wu bootstrap needs at least 2 PSUs in every stratum');
    const perm = shuffled(psus, rng);
    const f = nh / (nh - 1);
    for (let r = 0; r < replicates; r++) {
      const base = r * nPsu;
      for (let k = 0; k < nh - 1; k++) factors[base + perm[rng.int(nh)]] += f;
    }
  }
  return {
    nrep: replicates,
    nPsu,
    factors,
    scale: 1 / (replicates - 1),
    rscales: new Float64Array(replicates).fill(1),
  };
}
