// Population margins (cells of one or more categorical variables) matched to the rows of the data.
import { StatsError } from '../core/errors.ts';
import { codeColumn } from '../core/factor.ts';
import type { Frame } from '../core/types.ts';
import { getColumn, isNumericColumn } from '../core/types.ts';

/**
 * Population counts of the cells of one or more crossed categorical variables, like the population
 * data frame (variables + Freq) of R's postStratify and rake. Levels are compared as text; for a
 * numeric column a level is read as a number ("1" and "1.0" both match 1).
 */
export interface Margin {
  variables: string[];
  cells: { levels: string[]; count: number }[];
}

/** A one-variable margin from level → population count, e.g. margin('stype', { E: 4421, H: 755, M: 1018 }). */
export function margin(variable: string, counts: Record<string, number>): Margin {
  return {
    variables: [variable],
    cells: Object.entries(counts).map(([level, count]) => ({ levels: [level], count })),
  };
}

/** A margin matched to the rows: cell of each row (−1 = row not in any cell, weight 0) and its count. */
export interface CodedMargin {
  label: string;
  cell: Int32Array;
  nCells: number;
  population: Float64Array;
  cellLabels: string[];
  /** The levels of each cell, one per margin variable. */
  cellLevels: string[][];
}

const describe = (variables: string[], levels: string[]): string =>
  variables.map((v, j) => `${v} = ${levels[j]}`).join(', ');

/**
 * Matches a margin to the data as R's postStratify does (merge of the weighted sample table with the
 * population): a sample cell with weight but no population count is an error; a population cell with
 * a positive count but no sample weight is an error (EMPTY_POSTSTRATUM, or UNKNOWN_LEVEL when the level
 * does not occur in the data at all) unless `partial`, which drops it as R's partial = TRUE.
 */
export function codeMargin(frame: Frame, m: Margin, weights: Float64Array, partial = false): CodedMargin {
  const n = frame.nrow;
  const label = m.variables.join(' × ');
  if (m.variables.length === 0)
    throw new StatsError('INVALID_ARGUMENT', 'a margin needs at least one variable');
  const coded = m.variables.map((v) => {
    const col = getColumn(frame, v);
    const c = codeColumn(col);
    const index = new Map<string, number>();
    c.labels.forEach((l, k) => {
      index.set(l, k);
    });
    return { c, index, numeric: isNumericColumn(col) };
  });
  // Population cells → mixed-radix key of level codes.
  const key = (codes: number[]): number => codes.reduce((acc, code, j) => acc * coded[j].c.nLevels + code, 0);
  const cellOfKey = new Map<number, number>();
  const population: number[] = [];
  const cellLabels: string[] = [];
  const cellLevels: string[][] = [];
  const unknown: { levels: string[]; count: number }[] = [];
  for (const cell of m.cells) {
    if (cell.levels.length !== m.variables.length) {
      throw new StatsError(
        'INVALID_ARGUMENT',
        `a cell of margin ${label} has ${cell.levels.length} levels for ${m.variables.length} variables`,
      );
    }
    if (!(cell.count >= 0) || !Number.isFinite(cell.count)) {
      throw new StatsError(
        'INVALID_ARGUMENT',
        `population count for ${describe(m.variables, cell.levels)} must be a finite number ≥ 0, got ${cell.count}`,
      );
    }
    const codes: number[] = [];
    let found = true;
    cell.levels.forEach((lev, j) => {
      const { index, numeric } = coded[j];
      const k = index.get(numeric ? String(Number(lev)) : lev);
      if (k === undefined) found = false;
      else codes.push(k);
    });
    if (!found) {
      if (cell.count > 0) unknown.push(cell);
      continue;
    }
    const k = key(codes);
    if (cellOfKey.has(k))
      throw new StatsError(
        'INVALID_ARGUMENT',
        `margin ${label} lists ${describe(m.variables, cell.levels)} twice`,
      );
    cellOfKey.set(k, population.length);
    population.push(cell.count);
    cellLabels.push(describe(m.variables, cell.levels));
    cellLevels.push(cell.levels);
  }
  if (unknown.length > 0 && !partial) {
    const u = unknown[0];
    throw new StatsError(
      'UNKNOWN_LEVEL',
      `margin ${label}: ${describe(m.variables, u.levels)} does not occur in the data (use partial to ignore it)`,
      {
        margin: label,
        levels: u.levels,
      },
    );
  }
  const cell = new Int32Array(n);
  const sampleTotal = new Float64Array(population.length);
  const rowCodes: number[] = new Array(m.variables.length);
  for (let i = 0; i < n; i++) {
    let missing = false;
    for (let j = 0; j < coded.length; j++) {
      const c = coded[j].c.codes[i];
      if (c < 0) missing = true;
      rowCodes[j] = c;
    }
    if (missing) {
      if (weights[i] === 0) {
        cell[i] = -1;
        continue;
      }
      const v = m.variables[rowCodes.findIndex((c) => c < 0)];
      throw new StatsError(
        'MISSING_DESIGN_VALUE',
        `missing value of calibration variable '${v}' in row ${i + 1}`,
        { column: v, row: i + 1 },
      );
    }
    const g = cellOfKey.get(key(rowCodes));
    if (g === undefined || population[g] === 0) {
      if (weights[i] === 0) {
        cell[i] = -1;
        continue;
      }
      const levels = rowCodes.map((c, j) => coded[j].c.labels[c]);
      throw new StatsError(
        'INVALID_ARGUMENT',
        `margin ${label}: the sample has ${describe(m.variables, levels)} but the population count is ${g === undefined ? 'missing' : '0'}`,
        {
          margin: label,
          levels,
        },
      );
    }
    cell[i] = g;
    sampleTotal[g] += weights[i];
  }
  for (let g = 0; g < population.length; g++) {
    if (population[g] > 0 && sampleTotal[g] === 0 && !partial) {
      throw new StatsError(
        'EMPTY_POSTSTRATUM',
        `margin ${label}: no sample weight in ${cellLabels[g]} (use partial to ignore it)`,
        {
          margin: label,
          cell: cellLabels[g],
        },
      );
    }
  }
  return {
    label,
    cell,
    nCells: population.length,
    population: Float64Array.from(population),
    cellLabels,
    cellLevels,
  };
}

/** One-variable margins from rows (variable, level, count), e.g. a CSV `variable,level,total`, in first-seen order. */
export function marginsFromRows(rows: { variable: string; level: string; total: number }[]): Margin[] {
  const byVar = new Map<string, Margin>();
  for (const r of rows) {
    let m = byVar.get(r.variable);
    if (!m) {
      m = { variables: [r.variable], cells: [] };
      byVar.set(r.variable, m);
    }
    m.cells.push({ levels: [r.level], count: r.total });
  }
  return [...byVar.values()];
}
