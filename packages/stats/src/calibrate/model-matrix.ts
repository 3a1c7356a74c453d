// Model matrix of calibration variables, named as R's model.matrix(~ a + b) names its columns.
import { StatsError } from '../core/errors.ts';
import { codeColumn } from '../core/factor.ts';
import type { Frame } from '../core/types.ts';
import { getColumn, isNumericColumn } from '../core/types.ts';

/** A model matrix, column-major n × p. */
export interface ModelMatrix {
  n: number;
  p: number;
  names: string[];
  values: Float64Array;
}

/**
 * R's model.matrix(~ v1 + v2 + ...): an intercept "(Intercept)", then per variable either the numeric
 * column (named as the variable) or, for a categorical column, treatment dummies named variable+level
 * for every level but the first (levels sorted by code point, as R's factor() in the C locale; a
 * numeric column listed in `factors` is categorical too, levels sorted by value, as R's factor(x)).
 * Rows outside `rows` (weight 0) may hold missing values and get zeros; other missing values throw.
 */
export function modelMatrix(
  frame: Frame,
  variables: string[],
  rows: (i: number) => boolean,
  factors: string[] = [],
): ModelMatrix {
  const n = frame.nrow;
  const names = ['(Intercept)'];
  const columns: Float64Array[] = [new Float64Array(n).fill(1)];
  for (const v of variables) {
    const col = getColumn(frame, v);
    if (isNumericColumn(col) && !factors.includes(v)) {
      const x = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const xi = col[i];
        if (Number.isNaN(xi)) {
          if (rows(i))
            throw new StatsError(
              'MISSING_DESIGN_VALUE',
              `missing value of calibration variable '${v}' in row ${i + 1}`,
              { column: v, row: i + 1 },
            );
          continue;
        }
        x[i] = xi;
      }
      names.push(v);
      columns.push(x);
      continue;
    }
    const coded = codeColumn(col, true);
    const dummies = Array.from({ length: Math.max(coded.nLevels - 1, 0) }, () => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      const c = coded.codes[i];
      if (c < 0) {
        if (rows(i))
          throw new StatsError(
            'MISSING_DESIGN_VALUE',
            `missing value of calibration variable '${v}' in row ${i + 1}`,
            { column: v, row: i + 1 },
          );
        continue;
      }
      if (c > 0) dummies[c - 1][i] = 1;
    }
    for (let k = 1; k < coded.nLevels; k++) {
      names.push(`${v}${coded.labels[k]}`);
      columns.push(dummies[k - 1]);
    }
  }
  const p = columns.length;
  const values = new Float64Array(n * p);
  columns.forEach((c, j) => {
    values.set(c, j * n);
  });
  return { n, p, names, values };
}

/**
 * Orders population totals as the model matrix columns (R: "Sample and population totals reordered to
 * make names agree"). Columns whose sample and population totals are both zero are dropped, as R does.
 * A missing or unknown name throws, listing the expected names.
 */
export function alignTotals(
  mm: ModelMatrix,
  population: Record<string, number>,
  sampleTotals: Float64Array,
): { keep: number[]; totals: Float64Array } {
  const expected = new Set(mm.names);
  for (const name of Object.keys(population)) {
    if (!expected.has(name)) {
      throw new StatsError(
        'UNKNOWN_LEVEL',
        `population total '${name}' matches no calibration column (expected: ${mm.names.join(', ')})`,
        {
          name,
          expected: mm.names,
        },
      );
    }
  }
  const keep: number[] = [];
  const totals: number[] = [];
  mm.names.forEach((name, j) => {
    const t = population[name];
    let allZero = true;
    for (let i = 0; i < mm.n && allZero; i++) if (mm.values[j * mm.n + i] !== 0) allZero = false;
    if (t === undefined) {
      if (allZero) return;
      throw new StatsError(
        'INVALID_ARGUMENT',
        `no population total for calibration column '${name}' (expected: ${mm.names.join(', ')})`,
        {
          name,
          expected: mm.names,
        },
      );
    }
    if (!Number.isFinite(t))
      throw new StatsError('INVALID_ARGUMENT', `population total '${name}' is not a finite number`);
    if (t === 0 && sampleTotals[j] === 0 && allZero) return;
    keep.push(j);
    totals.push(t);
  });
  return { keep, totals: Float64Array.from(totals) };
}

/** The columns `keep` of a model matrix. */
export function selectColumns(mm: ModelMatrix, keep: number[]): ModelMatrix {
  if (keep.length === mm.p) return mm;
  const values = new Float64Array(mm.n * keep.length);
  keep.forEach((j, k) => {
    values.set(mm.values.subarray(j * mm.n, (j + 1) * mm.n), k * mm.n);
  });
  return { n: mm.n, p: keep.length, names: keep.map((j) => mm.names[j]), values };
}
