// svyby: the same estimator in every domain defined by one or more columns (domains of the full design).
import { StatsError } from '../core/errors.ts';
import { codeColumn } from '../core/factor.ts';
import { type Design, getColumn } from '../core/types.ts';

export interface Domain {
  /** Column → level label. */
  key: Record<string, string>;
  /** Row mask of the domain (1 = in). */
  mask: Uint8Array;
}

export interface ByResult<T> {
  by: string[];
  domains: Array<{ key: Record<string, string>; result: T }>;
}

/**
 * Domains as R's svyby forms them: the level combinations that occur among rows with non-zero
 * weight (rows with a missing by-value belong to none), ordered like R's interaction() levels
 * (each column's levels sorted, the first column varying fastest).
 */
export function domainsOf(design: Design, by: string | string[]): Domain[] {
  const cols = Array.isArray(by) ? by : [by];
  if (cols.length === 0) throw new StatsError('INVALID_ARGUMENT', 'svyby needs at least one by-column');
  const n = design.nrow;
  const coded = cols.map((c) => codeColumn(getColumn(design.frame, c), true));
  // combined code per row: mixed radix over the columns' sorted levels, first column fastest (-1 = missing)
  const radix: number[] = [];
  let size = 1;
  for (const c of coded) {
    radix.push(size);
    size *= c.nLevels;
  }
  let key: Int32Array | Float64Array;
  if (coded.length === 1) {
    key = coded[0].codes; // -1 marks a missing by-value
  } else {
    key = size < 2 ** 31 ? new Int32Array(n) : new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let k = 0;
      for (let j = 0; j < coded.length; j++) {
        const v = coded[j].codes[i];
        if (v < 0) {
          k = -1;
          break;
        }
        k += v * radix[j];
      }
      key[i] = k;
    }
  }
  // the combinations that occur among rows with non-zero weight, in R's interaction() order
  const w = design.weights;
  let levels: number[];
  let slotOf: (k: number) => number;
  if (size <= Math.max(1 << 22, 4 * n)) {
    const seen = new Uint8Array(size);
    for (let i = 0; i < n; i++) if (key[i] >= 0 && w[i] !== 0) seen[key[i]] = 1;
    levels = [];
    const slots = new Int32Array(size).fill(-1);
    for (let k = 0; k < size; k++) {
      if (seen[k] === 1) {
        slots[k] = levels.length;
        levels.push(k);
      }
    }
    slotOf = (k) => slots[k];
  } else {
    const used = new Set<number>();
    for (let i = 0; i < n; i++) if (key[i] >= 0 && w[i] !== 0) used.add(key[i]);
    levels = [...used].sort((a, b) => a - b);
    const slots = new Map<number, number>();
    levels.forEach((k, idx) => {
      slots.set(k, idx);
    });
    slotOf = (k) => slots.get(k) ?? -1;
  }
  const masks = levels.map(() => new Uint8Array(n));
  let lastKey = -2;
  let lastMask: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    const k = key[i];
    if (k < 0) continue;
    if (k !== lastKey) {
      const sl = slotOf(k);
      lastMask = sl < 0 ? null : masks[sl];
      lastKey = k;
    }
    if (lastMask !== null) lastMask[i] = 1;
  }
  return levels.map((k, s) => {
    const keyRecord: Record<string, string> = {};
    cols.forEach((c, j) => {
      keyRecord[c] = coded[j].labels[Math.floor(k / radix[j]) % coded[j].nLevels];
    });
    return { key: keyRecord, mask: masks[s] };
  });
}

/**
 * svyby(~x, ~by, design, FUN): calls `estimate(domainMask)` for every domain, e.g.
 * `svyby(d, 'stype', (m) => svymean(d, 'api00', { domain: m }))`.
 */
export function svyby<T>(
  design: Design,
  by: string | string[],
  estimate: (domain: Uint8Array) => T,
): ByResult<T> {
  const cols = Array.isArray(by) ? by : [by];
  return {
    by: cols,
    domains: domainsOf(design, cols).map((d) => ({ key: d.key, result: estimate(d.mask) })),
  };
}
