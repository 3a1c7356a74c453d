// Row → PSU index in order of first appearance (R's match(psu, unique(psu))), from codes or a column.
import { StatsError } from '../core/errors.ts';
import type { Column } from '../core/types.ts';
import { isNumericColumn } from '../core/types.ts';

/** PSUs numbered 0..nPsu−1 in order of first appearance in the data, as R's unique() orders them. */
export interface PsuIndex {
  /** PSU of each row. */
  psu: Int32Array;
  nPsu: number;
  /** Row of the first appearance of each PSU. */
  firstRow: Int32Array;
}

/** Re-numbers integer codes (any range ≥ 0) by first appearance. */
export function psuIndexFromCodes(codes: Int32Array, maxCode?: number): PsuIndex {
  const n = codes.length;
  let max = maxCode ?? -1;
  if (maxCode === undefined) for (let i = 0; i < n; i++) if (codes[i] > max) max = codes[i];
  const map = new Int32Array(max + 1).fill(-1);
  const psu = new Int32Array(n);
  const first: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    let p = map[c];
    if (p < 0) {
      p = first.length;
      map[c] = p;
      first.push(i);
    }
    psu[i] = p;
  }
  return { psu, nPsu: first.length, firstRow: Int32Array.from(first) };
}

/** Groups the rows of a column (numeric or categorical) by value, numbered by first appearance. */
export function psuIndexFromColumn(column: Column, name: string): PsuIndex {
  const n = column.length;
  const psu = new Int32Array(n);
  const first: number[] = [];
  const map = new Map<number | string, number>();
  const numeric = isNumericColumn(column);
  for (let i = 0; i < n; i++) {
    const v = column[i];
    if (v === null || (numeric && Number.isNaN(v as number))) {
      throw new StatsError('MISSING_DESIGN_VALUE', `column '${name}' has a missing value in row ${i + 1}`, {
        column: name,
        row: i + 1,
      });
    }
    let p = map.get(v as number | string);
    if (p === undefined) {
      p = first.length;
      map.set(v as number | string, p);
      first.push(i);
    }
    psu[i] = p;
  }
  return { psu, nPsu: first.length, firstRow: Int32Array.from(first) };
}
