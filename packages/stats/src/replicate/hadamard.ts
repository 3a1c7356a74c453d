// Hadamard matrices (0/1 form) chosen exactly as R's survey::hadamard(n): stored, Paley or Sylvester-doubled.
import { StatsError } from '../core/errors.ts';
import { STORED_HADAMARD_ROWS, STORED_HADAMARD_SIZES } from './hadamard-stored.ts';

/** A square 0/1 matrix, row-major. */
export interface BinaryMatrix {
  size: number;
  /** values[i·size + j] ∈ {0, 1}. */
  values: Uint8Array;
}

function stored(index: number): BinaryMatrix {
  const rows = STORED_HADAMARD_ROWS[index];
  const size = rows.length;
  const values = new Uint8Array(size * size);
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++) values[i * size + j] = rows[i].charCodeAt(j) - 48;
  return { size, values };
}

/** Sylvester doubling, R's hadamard.doubler: [[H, H], [H, 1 − H]]. */
export function hadamardDoubler(h: BinaryMatrix): BinaryMatrix {
  const s = h.size;
  const size = 2 * s;
  const values = new Uint8Array(size * size);
  for (let i = 0; i < s; i++) {
    for (let j = 0; j < s; j++) {
      const v = h.values[i * s + j];
      values[i * size + j] = v;
      values[i * size + j + s] = v;
      values[(i + s) * size + j] = v;
      values[(i + s) * size + j + s] = 1 - v;
    }
  }
  return { size, values };
}

function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

/** R's paley(): its table of primes p ≡ 3 (mod 4) stops at 7919. */
const PALEY_MAX_PRIME = 7919;

function isPaleyPrime(p: number): boolean {
  return p <= PALEY_MAX_PRIME && (p + 1) % 4 === 0 && isPrime(p);
}

/** The (p + 1) × (p + 1) Paley matrix of a prime p ≡ 3 (mod 4), R's paley(prime = p). */
export function paleyOfPrime(p: number): BinaryMatrix {
  const residue = new Uint8Array(p);
  residue[0] = 1;
  residue[1 % p] = 1;
  for (let i = 2; i <= Math.max(2, Math.floor((p - 1) / 2)); i++) residue[(i * i) % p] = 1;
  const size = p + 1;
  const values = new Uint8Array(size * size).fill(1);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) values[(i + 1) * size + (j + 1)] = residue[(i + j) % p] ? 0 : 1;
  }
  return { size, values };
}

/**
 * R's survey::paley(n, nmax) (4.1-1): the Paley construction over GF(p), p prime ≡ 3 (mod 4).
 * With nceil = n + 4 − n mod 4: when n mod 8 ≥ 4 and nceil = 2^k·(q + 1) with q such a prime, the
 * Paley matrix of q doubled k times; otherwise the smallest p ≥ n, or a retry at nceil + 3 when that
 * is smaller; null when p > nmax or n > 7919. Entry (i, j) of the p × p core is 0 when (i + j) mod p
 * is 0 or a quadratic residue, else 1, bordered by a first row and column of 1s.
 */
export function paley(n: number, nmax: number = 2 * n): BinaryMatrix | null {
  const nceil = n + 4 - (n % 4);
  if ((n % 4) + 4 === n % 8) {
    let nn = nceil;
    while (nn % 8 === 0) nn /= 2;
    if (isPaleyPrime(nn - 1)) {
      let m = paleyOfPrime(nn - 1);
      while (nn < nceil) {
        m = hadamardDoubler(m);
        nn *= 2;
      }
      return m;
    }
  }
  if (n > PALEY_MAX_PRIME) return null;
  let p = Math.max(3, n);
  while (!isPaleyPrime(p)) p++;
  if (p + 1 > nceil + 4 && nceil + 4 < nmax) return paley(nceil + 3);
  if (p > nmax) return null;
  return paleyOfPrime(p);
}

/**
 * R's survey::hadamard(n): a Hadamard matrix with at least n + 1 rows, chosen the way R chooses it
 * (a stored one when it fits within 4, otherwise the smallest of Paley and a doubled stored matrix).
 * BRR uses its columns as replicates and rows 2..n+1 for the n half-sample pairs.
 */
export function hadamard(n: number): BinaryMatrix {
  if (!Number.isInteger(n) || n < 0)
    throw new StatsError('INVALID_ARGUMENT', `hadamard(n) needs a whole number n ≥ 0, got ${n}`);
  const sizes = STORED_HADAMARD_SIZES;
  const m = n - (n % 4);
  for (let i = 0; i < sizes.length; i++) if (m < sizes[i] && m + 4 >= sizes[i]) return stored(i);
  if (sizes.every((s) => m < s)) return stored(0);
  const grown = sizes.map((s) => s * 2 ** Math.max(0, Math.ceil(Math.log2((n + 1) / s))));
  let best = 0;
  for (let i = 1; i < grown.length; i++) if (grown[i] - n < grown[best] - n) best = i;
  let h: BinaryMatrix | null = null;
  if (grown[best] - n > 4) h = paley(n, grown[best]);
  if (h === null) {
    const doubles = Math.ceil(Math.log2(grown[best] / sizes[best]));
    h = stored(best);
    for (let i = 0; i < doubles; i++) h = hadamardDoubler(h);
  }
  return h;
}
