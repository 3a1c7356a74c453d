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
  const w = design.weights;
  const seen = new Map<string, number[]>();
  const keyCodes: number[][] = [];
  const rowKey = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let missing = false;
    const codes: number[] = [];
    for (const c of coded) {
      const v = c.codes[i];
      if (v < 0) {
        missing = true;
        break;
      }
      codes.push(v);
    }
    if (missing) continue;
    const k = codes.join(',');
    let entry = seen.get(k);
    if (entry === undefined) {
      entry = [keyCodes.length, 0];
      seen.set(k, entry);
      keyCodes.push(codes);
    }
    if (w[i] !== 0) entry[1] = 1;
    rowKey[i] = entry[0];
  }
  const order = keyCodes
    .map((codes, idx) => ({ codes, idx }))
    .filter(({ codes }) => (seen.get(codes.join(',')) as number[])[1] === 1)
    .sort((a, b) => {
      for (let j = cols.length - 1; j >= 0; j--) if (a.codes[j] !== b.codes[j]) return a.codes[j] - b.codes[j];
      return 0;
    });
  return order.map(({ codes, idx }) => {
    const mask = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (rowKey[i] === idx) mask[i] = 1;
    const key: Record<string, string> = {};
    cols.forEach((c, j) => {
      key[c] = coded[j].labels[codes[j]];
    });
    return { key, mask };
  });
}

/**
 * svyby(~x, ~by, design, FUN): calls `estimate(domainMask)` for every domain, e.g.
 * `svyby(d, 'stype', (m) => svymean(d, 'api00', { domain: m }))`.
 */
export function svyby<T>(design: Design, by: string | string[], estimate: (domain: Uint8Array) => T): ByResult<T> {
  const cols = Array.isArray(by) ? by : [by];
  return {
    by: cols,
    domains: domainsOf(design, cols).map((d) => ({ key: d.key, result: estimate(d.mask) })),
  };
}
