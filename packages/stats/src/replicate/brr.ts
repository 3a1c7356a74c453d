// Balanced repeated replication and Fay's method from a Hadamard matrix (R's brrweights).
import { StatsError } from '../core/errors.ts';
import { hadamard } from './hadamard.ts';
import type { PsuFactors } from './psu-factors.ts';

const compareC = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * R's brrweights(strata, psu, fay.rho) with its defaults small = "fail", large = "split".
 * PSUs are sorted by stratum label (C collation) then first appearance; strata with more than two
 * PSUs (an even number) are split into consecutive pairs first, then the two-PSU strata, giving
 * pair k. With H = hadamard(#pairs), replicate i gives the first PSU of pair k the factor ρ and the
 * second 2 − ρ when H[k+1, i] = 0, the reverse when it is 1 (ρ = 0: BRR half-samples).
 * #replicates = ncol(H); scale = 1/(R (1 − ρ)²), rscales = 1.
 */
export function brrFactors(psuStratumLabel: string[], fayRho = 0): PsuFactors {
  const nPsu = psuStratumLabel.length;
  if (!(fayRho >= 0 && fayRho < 1))
    throw new StatsError('INVALID_ARGUMENT', `Fay's rho must be in [0, 1), got ${fayRho}`);
  const byStratum = new Map<string, number[]>();
  for (let p = 0; p < nPsu; p++) {
    const s = psuStratumLabel[p];
    const list = byStratum.get(s);
    if (list) list.push(p);
    else byStratum.set(s, [p]);
  }
  const labels = [...byStratum.keys()].sort(compareC);
  const members = (s: string): number[] => byStratum.get(s) ?? [];
  const small = labels.filter((s) => members(s).length < 2);
  if (small.length > 0) {
    throw new StatsError('LONELY_PSU', `BRR needs 2 PSUs per stratum; stratum ${small[0]} has 1`, {
      stratum: small[0],
    });
  }
  const first = new Float64Array(nPsu); // weights[, 1] of R: 0 for the first PSU of a pair, 1 for the second
  const pairOf = new Int32Array(nPsu);
  let upto = 0;
  for (const s of labels) {
    const psus = members(s);
    if (psus.length <= 2) continue;
    if (psus.length % 2 === 1) {
      throw new StatsError(
        'INVALID_ARGUMENT',
        `BRR can't split stratum ${s}: it has an odd number (${psus.length}) of PSUs`,
        { stratum: s },
      );
    }
    psus.forEach((p, j) => {
      first[p] = j % 2;
      pairOf[p] = upto + Math.floor(j / 2);
    });
    upto += psus.length / 2;
  }
  for (const s of labels) {
    const psus = members(s);
    if (psus.length !== 2) continue;
    first[psus[0]] = 0;
    first[psus[1]] = 1;
    pairOf[psus[0]] = upto;
    pairOf[psus[1]] = upto;
    upto++;
  }
  const h = hadamard(upto);
  const nrep = h.size;
  const factors = new Float64Array(nrep * nPsu);
  for (let r = 0; r < nrep; r++) {
    for (let p = 0; p < nPsu; p++) {
      const sign = h.values[(pairOf[p] + 1) * h.size + r];
      const w1 = first[p];
      const w2 = 1 - w1;
      const wa = sign === 0 ? w1 : w2;
      const wb = sign === 0 ? w2 : w1;
      factors[r * nPsu + p] = wa * (2 - fayRho) + wb * fayRho;
    }
  }
  return {
    nrep,
    nPsu,
    factors,
    scale: 1 / (nrep * (1 - fayRho) ** 2),
    rscales: new Float64Array(nrep).fill(1),
  };
}
