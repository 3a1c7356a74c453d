// Seeded pseudo-random numbers (xoshiro128** seeded by splitmix32) for reproducible bootstrap replicates.

/** A reproducible random source: the same seed gives the same sequence on every platform. */
export interface Random {
  /** Uniform on [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/**
 * xoshiro128** (Blackman & Vigna 2018), its 128-bit state filled by splitmix32 from `seed`.
 * Not R's Mersenne Twister: R's bootstrap draws cannot be reproduced, only its method.
 */
export function seededRandom(seed: number): Random {
  let x = (Math.trunc(seed) >>> 0) ^ 0x9e3779b9;
  const splitmix = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const next32 = (): number => {
    const result = Math.imul(((Math.imul(s1, 5) << 7) | (Math.imul(s1, 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  const next = (): number => {
    const hi = next32() >>> 5; // 27 bits
    const lo = next32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
  };
}
