// Integer coding of columns (factor levels) and of combinations of codes, in single passes over typed arrays.
import { StatsError } from './errors.ts';
import { type Column, isNumericColumn } from './types.ts';

/** Dense integer codes 0..nLevels-1 per row; -1 marks a missing value. */
export interface Coded {
  codes: Int32Array;
  nLevels: number;
  /** Label of each level (String(value) for numeric columns). */
  labels: string[];
}

/**
 * Codes a column. Levels are numbered in order of first appearance, or sorted like R's factor()
 * (numerically for numbers, by code point for strings) when `sorted` is true.
 */
export function codeColumn(col: Column, sorted = false): Coded {
  const n = col.length;
  const codes = new Int32Array(n);
  if (isNumericColumn(col)) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let integral = true;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (Number.isNaN(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
      if (integral && !Number.isInteger(v)) integral = false;
    }
    let values: number[] = [];
    if (integral && max - min <= Math.max(1 << 22, 4 * n) && Number.isFinite(min)) {
      // fast path: lookup table over the integer range
      const table = new Int32Array(max - min + 1).fill(-1);
      for (let i = 0; i < n; i++) {
        const v = col[i];
        if (Number.isNaN(v)) {
          codes[i] = -1;
          continue;
        }
        const k = v - min;
        let c = table[k];
        if (c < 0) {
          c = values.length;
          table[k] = c;
          values.push(v);
        }
        codes[i] = c;
      }
    } else {
      const map = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const v = col[i];
        if (Number.isNaN(v)) {
          codes[i] = -1;
          continue;
        }
        let c = map.get(v);
        if (c === undefined) {
          c = values.length;
          map.set(v, c);
          values.push(v);
        }
        codes[i] = c;
      }
    }
    if (sorted) {
      const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
      const remap = new Int32Array(values.length);
      order.forEach((old, neu) => {
        remap[old] = neu;
      });
      for (let i = 0; i < n; i++) if (codes[i] >= 0) codes[i] = remap[codes[i]];
      values = order.map((i) => values[i]);
    }
    return { codes, nLevels: values.length, labels: values.map((v) => String(v)) };
  }
  const map = new Map<string, number>();
  let labels: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = col[i];
    if (v === null) {
      codes[i] = -1;
      continue;
    }
    let c = map.get(v);
    if (c === undefined) {
      c = labels.length;
      map.set(v, c);
      labels.push(v);
    }
    codes[i] = c;
  }
  if (sorted) {
    const order = labels
      .map((_, i) => i)
      .sort((a, b) => (labels[a] < labels[b] ? -1 : labels[a] > labels[b] ? 1 : 0));
    const remap = new Int32Array(labels.length);
    order.forEach((old, neu) => {
      remap[old] = neu;
    });
    for (let i = 0; i < n; i++) if (codes[i] >= 0) codes[i] = remap[codes[i]];
    labels = order.map((i) => labels[i]);
  }
  return { codes, nLevels: labels.length, labels };
}

/** Codes of the combinations (a, b) that occur, numbered in order of first appearance. Inputs have no -1. */
export function combineCodes(
  a: Int32Array,
  na: number,
  b: Int32Array,
  nb: number,
): { codes: Int32Array; nLevels: number; firstRow: Int32Array } {
  const n = a.length;
  const codes = new Int32Array(n);
  const firstRows: number[] = [];
  const size = na * nb;
  if (size <= Math.max(1 << 22, 4 * n)) {
    const table = new Int32Array(size).fill(-1);
    for (let i = 0; i < n; i++) {
      const k = a[i] * nb + b[i];
      let c = table[k];
      if (c < 0) {
        c = firstRows.length;
        table[k] = c;
        firstRows.push(i);
      }
      codes[i] = c;
    }
  } else {
    const map = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const k = a[i] * nb + b[i];
      let c = map.get(k);
      if (c === undefined) {
        c = firstRows.length;
        map.set(k, c);
        firstRows.push(i);
      }
      codes[i] = c;
    }
  }
  return { codes, nLevels: firstRows.length, firstRow: Int32Array.from(firstRows) };
}

/** Throws MISSING_DESIGN_VALUE naming the column and the first row (1-based) with a missing value. */
export function requireComplete(coded: Coded, what: string, column: string): void {
  const { codes } = coded;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] < 0) {
      throw new StatsError(
        'MISSING_DESIGN_VALUE',
        `missing value in ${what} column '${column}' at row ${i + 1}`,
        {
          column,
          row: i + 1,
        },
      );
    }
  }
}
