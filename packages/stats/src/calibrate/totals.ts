// Calibration totals given per level (variable, level, total) turned into R's named totals for calibrate.
import { StatsError } from '../core/errors.ts';
import { codeColumn } from '../core/factor.ts';
import type { Frame } from '../core/types.ts';
import { getColumn, isNumericColumn } from '../core/types.ts';
import type { CalibrateSpec } from './calibrate.ts';

/** One population total: a level of a categorical variable, or (level null) a numeric variable's total. */
export interface TotalRow {
  variable: string;
  level: string | null;
  total: number;
}

/**
 * Turns totals per level into { variables, population, factors? } for calibrate(): a numeric column
 * given with levels is taken as categorical (R's factor(x)); each categorical variable must
 * give every level that occurs in the data; the intercept total is the sum of a categorical variable's
 * levels (all such sums must agree within 1e-9 relative), or a row with variable '(Intercept)'.
 * Levels are mapped to R's model-matrix names (first level → intercept, others → variable+level).
 */
export function calibrationTotals(
  frame: Frame,
  rows: TotalRow[],
): Pick<CalibrateSpec, 'variables' | 'population' | 'factors'> {
  const variables: string[] = [];
  const byVar = new Map<string, TotalRow[]>();
  let intercept: number | null = null;
  for (const row of rows) {
    if (row.variable === '(Intercept)') {
      intercept = row.total;
      continue;
    }
    let list = byVar.get(row.variable);
    if (list === undefined) {
      list = [];
      byVar.set(row.variable, list);
      variables.push(row.variable);
    }
    list.push(row);
  }
  const population: Record<string, number> = {};
  const factors: string[] = [];
  const sizes: { variable: string; size: number }[] = [];
  for (const v of variables) {
    const col = getColumn(frame, v);
    const vrows = byVar.get(v) ?? [];
    const numericTotal = vrows.every((r) => r.level === null || r.level === '');
    if (isNumericColumn(col) && numericTotal) {
      if (vrows.length !== 1)
        throw new StatsError(
          'INVALID_ARGUMENT',
          `numeric calibration variable '${v}' takes one total, got ${vrows.length}`,
        );
      population[v] = vrows[0].total;
      continue;
    }
    if (isNumericColumn(col)) factors.push(v);
    const coded = codeColumn(col, true);
    const given = new Map<string, number>();
    for (const r of vrows) {
      if (r.level === null || r.level === '')
        throw new StatsError(
          'INVALID_ARGUMENT',
          `categorical calibration variable '${v}' needs a level on every total`,
        );
      const level = isNumericColumn(col) ? String(Number(r.level)) : r.level;
      if (!coded.labels.includes(level)) {
        if (r.total === 0) continue;
        throw new StatsError('UNKNOWN_LEVEL', `level '${r.level}' of '${v}' does not occur in the data`, {
          variable: v,
          level: r.level,
        });
      }
      given.set(level, r.total);
    }
    let size = 0;
    coded.labels.forEach((label, k) => {
      const t = given.get(label);
      if (t === undefined)
        throw new StatsError(
          'INVALID_ARGUMENT',
          `no population total for ${v} = ${label}, which occurs in the data`,
          { variable: v, level: label },
        );
      size += t;
      if (k > 0) population[`${v}${label}`] = t;
    });
    sizes.push({ variable: v, size });
  }
  for (const s of sizes.slice(1)) {
    if (Math.abs(s.size - sizes[0].size) > 1e-9 * Math.abs(sizes[0].size)) {
      throw new StatsError(
        'INVALID_ARGUMENT',
        `the totals of '${sizes[0].variable}' sum to ${sizes[0].size} but those of '${s.variable}' to ${s.size}: the margins disagree on the population size`,
      );
    }
  }
  if (intercept === null) {
    if (sizes.length === 0)
      throw new StatsError(
        'INVALID_ARGUMENT',
        "no population size: give a categorical variable's totals or a '(Intercept)' total",
      );
    intercept = sizes[0].size;
  }
  const out: Pick<CalibrateSpec, 'variables' | 'population' | 'factors'> = {
    variables,
    population: { '(Intercept)': intercept, ...population },
  };
  if (factors.length > 0) out.factors = factors;
  return out;
}
