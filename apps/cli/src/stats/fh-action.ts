// What `stats fh` does once its options are parsed: load, build the covariates, fit, print; returns the exit code.
import {
  type Column,
  type FhResult,
  type Frame,
  fayHerriot,
  getColumn,
  isNumericColumn,
  StatsError,
} from '@kepu/stats';
import { readCsvFrame } from './csv-frame.ts';
import type { FhOptions } from './fh-command.ts';
import type { Io } from './io.ts';
import { UsageError } from './usage-error.ts';

const COMMAND = 'kepu stats fh';

interface Term {
  column: string;
  factor: boolean;
  /** as written, e.g. factor(MajorArea): the prefix of its dummies' names, as R's model.matrix names them */
  label: string;
}

/** "x + factor(g) + as.factor(h)" → terms; anything else is refused with the term it could not read. */
export function parseTerms(text: string | undefined): Term[] {
  if (!text?.trim()) return [];
  return text.split('+').map((raw) => {
    const t = raw.trim();
    const f = /^(?:as\.)?factor\(\s*([^()\s]+)\s*\)$/.exec(t);
    if (f) return { column: f[1] as string, factor: true, label: t.replace(/\s+/g, '') };
    if (/^[^()\s+]+$/.test(t)) return { column: t, factor: false, label: t };
    throw new UsageError(`--covariates: cannot read the term '${t}' (write COL or factor(COL), joined by +)`);
  });
}

function column(frame: Frame, name: string, option: string): Column {
  try {
    return getColumn(frame, name);
  } catch {
    throw new UsageError(`${option}: no column '${name}' in the data`);
  }
}

/** A numeric column with no missing value; `line` numbers count the header as line 1. */
function numbers(frame: Frame, name: string, option: string): Float64Array {
  const col = column(frame, name, option);
  if (!isNumericColumn(col)) throw new UsageError(`${option}: column '${name}' is not numeric`);
  const missing = col.findIndex((v) => Number.isNaN(v));
  if (missing >= 0) throw new UsageError(`${option}: column '${name}' has no value on line ${missing + 2}`);
  return col;
}

/** The model matrix, column-major: the intercept, each numeric term, and treatment dummies of each factor. */
function covariates(frame: Frame, terms: Term[]) {
  const m = frame.nrow;
  const names = ['(Intercept)'];
  const cols: Float64Array[] = [new Float64Array(m).fill(1)];
  for (const t of terms) {
    if (!t.factor) {
      names.push(t.label);
      cols.push(numbers(frame, t.column, '--covariates'));
      continue;
    }
    const col = column(frame, t.column, '--covariates');
    const keys = Array.from(col as ArrayLike<number | string | null>, (v, i) => {
      if (v === null || (typeof v === 'number' && Number.isNaN(v)))
        throw new UsageError(`--covariates: column '${t.column}' has no value on line ${i + 2}`);
      return v;
    });
    // levels sorted as R's factor() sorts them: numbers by value, text by code point; the first is the baseline
    const levels = [...new Set(keys)].sort((a, b) =>
      typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1,
    );
    for (const level of levels.slice(1)) {
      names.push(`${t.label}${level}`);
      cols.push(Float64Array.from(keys, (k) => (k === level ? 1 : 0)));
    }
  }
  const values = new Float64Array(m * cols.length);
  for (const [j, c] of cols.entries()) values.set(c, j * m);
  return { p: cols.length, names, values };
}

const areaNames = (frame: Frame, name: string | undefined): string[] =>
  name
    ? Array.from(column(frame, name, '--area') as ArrayLike<number | string | null>, (v) => String(v ?? ''))
    : Array.from({ length: frame.nrow }, (_, i) => String(i + 1));

function formatTable(
  fit: FhResult,
  areas: { area: string; direct: number; eblup: number; mse: number }[],
): string {
  const n = (v: number) => v.toPrecision(7);
  const lines = [
    `Fay–Herriot, ${fit.method}: area variance ${n(fit.refvar)}, ${fit.iterations} iterations${fit.converged ? '' : ' (not converged)'}`,
    `log-likelihood ${n(fit.goodness.loglike)}  AIC ${n(fit.goodness.AIC)}  BIC ${n(fit.goodness.BIC)}  KIC ${n(fit.goodness.KIC)}`,
    '',
    ['term', 'estimate', 'se'].join('\t'),
    ...fit.beta.map((b) => [b.term, n(b.estimate), n(b.se)].join('\t')),
    '',
    ['area', 'direct', 'eblup', 'mse'].join('\t'),
    ...areas.map((a) => [a.area, n(a.direct), n(a.eblup), n(a.mse)].join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}

export async function runFhAction(data: string, opts: FhOptions, io: Io): Promise<number> {
  try {
    if ((opts.se === undefined) === (opts.variance === undefined))
      throw new UsageError('give the sampling error as one of --se or --variance');
    const maxIter = Number(opts.maxIter);
    const precision = Number(opts.precision);
    if (!Number.isInteger(maxIter) || maxIter < 1)
      throw new UsageError(`--max-iter: '${opts.maxIter}' is not a positive whole number`);
    if (!(precision > 0)) throw new UsageError(`--precision: '${opts.precision}' is not a positive number`);
    const terms = parseTerms(opts.covariates);
    const frame = await readCsvFrame(data, undefined, (line) => io.err(`${COMMAND}: note: ${line}\n`));
    const y = numbers(frame, opts.estimate, '--estimate');
    const vardir = opts.se
      ? Float64Array.from(numbers(frame, opts.se, '--se'), (s) => s * s)
      : numbers(frame, opts.variance as string, '--variance');
    const fit = fayHerriot({
      y,
      vardir,
      x: covariates(frame, terms),
      method: opts.method,
      maxIter,
      precision,
    });
    const names = areaNames(frame, opts.area);
    const areas = names.map((area, i) => ({
      area,
      direct: y[i] as number,
      eblup: fit.eblup[i] as number,
      mse: fit.mse[i] as number,
    }));
    if (!fit.converged)
      io.err(`${COMMAND}: warning: ${fit.method} did not converge in ${fit.iterations} iterations\n`);
    if (opts.format === 'json') {
      const { method, refvar, iterations, converged, goodness } = fit;
      const beta = fit.beta.map(({ term, estimate, se }) => ({ term, estimate, se }));
      io.out(
        `${JSON.stringify({ method, refvar, iterations, converged, beta, goodness, areas }, null, 2)}\n`,
      );
    } else io.out(formatTable(fit, areas));
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof StatsError) {
      io.err(`${COMMAND}: ${e.message}\n`);
      return 2;
    }
    io.err(`${COMMAND}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
