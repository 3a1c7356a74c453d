// Sub-pattern tables for the E-step: items coded 8 to a byte, so a pattern's log-likelihood at all nodes is a sum of
// one precomputed row per byte (not one per item), and posteriors are accumulated per byte value, then per item.
import { GROUP_BITS } from './patterns.ts';

const CODES = 1 << GROUP_BITS;

/** Bits used in group g (the last group may be short). */
const groupSize = (g: number, nItems: number): number => Math.min(GROUP_BITS, nItems - g * GROUP_BITS);

/** table[(g · 256 + c) · K + k] = Σ over the set bits b of c of rows[(8g + b) · K + k]. */
export function groupTables(rows: Float64Array, nItems: number, K: number, groups: number): Float64Array {
  const table = new Float64Array(groups * CODES * K);
  for (let g = 0; g < groups; g++) {
    const size = 1 << groupSize(g, nItems);
    for (let c = 1; c < size; c++) {
      const low = c & -c;
      const item = g * GROUP_BITS + 31 - Math.clz32(low);
      const to = (g * CODES + c) * K;
      const from = (g * CODES + (c ^ low)) * K;
      const row = item * K;
      for (let k = 0; k < K; k++) table[to + k] = table[from + k] + rows[row + k];
    }
  }
  return table;
}

/** Adds to r1 (item × node) the sums accumulated per byte value: r1[j] += Σ_{c with j's bit} sums[g, c]. */
export function spreadGroupSums(
  sums: Float64Array,
  r1: Float64Array,
  nItems: number,
  K: number,
  groups: number,
): void {
  for (let g = 0; g < groups; g++) {
    const bits = groupSize(g, nItems);
    const size = 1 << bits;
    for (let b = 0; b < bits; b++) {
      const row = (g * GROUP_BITS + b) * K;
      for (let c = 1 << b; c < size; c++) {
        if (!(c & (1 << b))) continue;
        const from = (g * CODES + c) * K;
        for (let k = 0; k < K; k++) r1[row + k] += sums[from + k];
      }
    }
  }
}

export const GROUP_CODES = CODES;
