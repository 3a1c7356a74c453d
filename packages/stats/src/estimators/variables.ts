// Resolving analysis variables (numeric columns, categorical columns as level indicators) and the rows in use.
import { StatsError } from '../core/errors.ts';
import { codeColumn } from '../core/factor.ts';
import { type Design, type Frame, getColumn, isNumericColumn } from '../core/types.ts';

/** Options shared by the estimators. */
export interface EstimateOptions {
  /** Drop rows with a missing value in any analysed variable, as a domain (R's na.rm = TRUE). */
  naRm?: boolean;
  /** Also compute design effects (R's deff = TRUE). */
  deff?: boolean;
  /** Domain row mask (1 = in): the full design is kept and contributions outside are zero. */
  domain?: Uint8Array | null;
}

export interface ExpandedVariables {
  /** Output names: the column name, or column + level for categorical columns (R: stypeE). */
  names: string[];
  /** Values per output; NaN marks a missing value. */
  values: Float64Array[];
}

/**
 * Numeric columns are used as they are; a categorical column becomes one 0/1 indicator per level
 * (levels sorted as R's factor()), with NaN where the label is missing, like model.matrix(~0 + f).
 */
export function expandVariables(frame: Frame, variables: string[]): ExpandedVariables {
  if (variables.length === 0) throw new StatsError('INVALID_ARGUMENT', 'no variables given');
  const names: string[] = [];
  const values: Float64Array[] = [];
  for (const v of variables) {
    const col = getColumn(frame, v);
    if (isNumericColumn(col)) {
      names.push(v);
      values.push(col);
      continue;
    }
    const coded = codeColumn(col, true);
    if (coded.nLevels === 0)
      throw new StatsError('INVALID_ARGUMENT', `categorical column '${v}' has no non-missing values`);
    for (let l = 0; l < coded.nLevels; l++) {
      const ind = new Float64Array(col.length);
      const codes = coded.codes;
      for (let i = 0; i < ind.length; i++) ind[i] = codes[i] < 0 ? Number.NaN : codes[i] === l ? 1 : 0;
      names.push(`${v}${coded.labels[l]}`);
      values.push(ind);
    }
  }
  return { names, values };
}

/** Numeric values of one variable (a numeric column, or a two-level-free check for categorical). */
export function numericValues(frame: Frame, variable: string): Float64Array {
  const col = getColumn(frame, variable);
  if (!isNumericColumn(col)) {
    throw new StatsError(
      'WRONG_COLUMN_TYPE',
      `column '${variable}' is categorical, a numeric column is needed`,
      {
        column: variable,
      },
    );
  }
  return col;
}

/** Checks a domain mask against the design size. */
export function checkMask(
  design: Design,
  mask: Uint8Array | null | undefined,
  what = 'domain',
): Uint8Array | null {
  if (mask === null || mask === undefined) return null;
  if (mask.length !== design.nrow) {
    throw new StatsError(
      'LENGTH_MISMATCH',
      `${what} mask has ${mask.length} entries but the design has ${design.nrow} rows`,
      {
        length: mask.length,
        expected: design.nrow,
      },
    );
  }
  return mask;
}

/**
 * Rows R would still have after cutting the subset, the domain and (with naRm) rows with a missing
 * value in any of `naValues`; null when that is every row.
 */
export function presentRows(
  design: Design,
  domain: Uint8Array | null | undefined,
  naValues: Float64Array[] | null,
): Uint8Array | null {
  const dom = checkMask(design, domain);
  const n = design.nrow;
  let hasNa = false;
  if (naValues !== null) {
    outer: for (const v of naValues) {
      for (let i = 0; i < n; i++) {
        if (Number.isNaN(v[i])) {
          hasNa = true;
          break outer;
        }
      }
    }
  }
  if (design.subset === null && dom === null && !hasNa) return null;
  const out = new Uint8Array(n);
  const sub = design.subset;
  for (let i = 0; i < n; i++)
    out[i] = (sub === null || sub[i] !== 0) && (dom === null || dom[i] !== 0) ? 1 : 0;
  if (hasNa && naValues !== null) {
    for (const v of naValues) for (let i = 0; i < n; i++) if (Number.isNaN(v[i])) out[i] = 0;
  }
  return out;
}

/** x_i for present rows, 0 elsewhere (NaN stays when the row is present: R then returns NA). */
export function masked(x: Float64Array, present: Uint8Array | null): Float64Array {
  if (present === null) return x;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) if (present[i] !== 0) out[i] = x[i];
  return out;
}

/** 1 for present rows, 0 elsewhere. */
export function indicator(n: number, present: Uint8Array | null): Float64Array {
  const out = new Float64Array(n);
  if (present === null) out.fill(1);
  else for (let i = 0; i < n; i++) out[i] = present[i];
  return out;
}

/**
 * presentRows, masked values and the in-use indicator in one pass (the hot path of domain means):
 * returns the mask (null = every row) and contributions [x_1·1_in, …, x_p·1_in, 1_in].
 */
export function domainInputs(
  design: Design,
  values: Float64Array[],
  domain: Uint8Array | null | undefined,
  naRm: boolean,
): { present: Uint8Array | null; contributions: Float64Array[] } {
  const dom = checkMask(design, domain);
  const n = design.nrow;
  const sub = design.subset;
  const p = values.length;
  let hasNa = false;
  if (naRm) {
    outer: for (const v of values) {
      for (let i = 0; i < n; i++) {
        if (Number.isNaN(v[i])) {
          hasNa = true;
          break outer;
        }
      }
    }
  }
  if (sub === null && dom === null && !hasNa) {
    const one = new Float64Array(n).fill(1);
    return { present: null, contributions: [...values, one] };
  }
  const present = new Uint8Array(n);
  const contributions = values.map(() => new Float64Array(n));
  const one = new Float64Array(n);
  if (p === 1 && !hasNa) {
    const x = values[0];
    const u = contributions[0];
    for (let i = 0; i < n; i++) {
      if ((sub !== null && sub[i] === 0) || (dom !== null && dom[i] === 0)) continue;
      present[i] = 1;
      u[i] = x[i];
      one[i] = 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      if ((sub !== null && sub[i] === 0) || (dom !== null && dom[i] === 0)) continue;
      if (hasNa) {
        let na = false;
        for (let j = 0; j < p; j++) if (Number.isNaN(values[j][i])) na = true;
        if (na) continue;
      }
      present[i] = 1;
      for (let j = 0; j < p; j++) contributions[j][i] = values[j][i];
      one[i] = 1;
    }
  }
  contributions.push(one);
  return { present, contributions };
}
