// What `stats irt` does once its options are parsed: check them, read the CSV, fit, print JSON; returns the exit code.
import { fitIrt, type IrtData, type IrtFit, type IrtOptions, isNumericColumn, StatsError } from '@kepu/stats';
import { readCsvFrame } from './csv-frame.ts';
import type { Io } from './io.ts';
import { UsageError } from './usage-error.ts';

const COMMAND_NAME = 'kepu stats irt';

export interface IrtRawOptions {
  items?: string;
  allItems?: boolean;
  freq?: string;
  model: IrtOptions['model'];
  guessPrior?: string;
  tol: string;
  quadpts: string;
  se?: boolean;
  scores?: 'eap' | 'map';
}

function positive(option: string, text: string): number {
  const v = Number(text);
  if (text.trim() === '' || !(v > 0) || !Number.isFinite(v))
    throw new UsageError(`${option}: "${text}" is not a positive number`);
  return v;
}

function toOptions(o: IrtRawOptions): IrtOptions {
  let guessPrior: IrtOptions['guessPrior'];
  if (o.guessPrior !== undefined) {
    const parts = o.guessPrior.split(',');
    if (parts.length !== 2)
      throw new UsageError(`--guess-prior: give two numbers a,b (Beta(a, b)), not "${o.guessPrior}"`);
    guessPrior = { alpha: positive('--guess-prior', parts[0]), beta: positive('--guess-prior', parts[1]) };
    if (o.model !== '3PL') throw new UsageError('--guess-prior: applies to --model 3PL only');
  }
  const quadpts = Number(o.quadpts);
  if (!Number.isInteger(quadpts) || quadpts < 5)
    throw new UsageError(`--quadpts: "${o.quadpts}" is not an integer of at least 5`);
  return {
    model: o.model,
    tol: positive('--tol', o.tol),
    quadpts,
    ...(guessPrior ? { guessPrior } : {}),
    ...(o.se ? { se: true } : {}),
    ...(o.scores ? { scores: o.scores } : {}),
  };
}

async function loadItems(path: string, o: IrtRawOptions): Promise<IrtData> {
  if (!o.items === !o.allItems)
    throw new UsageError('give the item columns with --items COL,COL,… or --all-items (one of the two)');
  const frame = await readCsvFrame(path);
  const names = o.items
    ? o.items.split(',').map((s) => s.trim())
    : [...frame.columns.keys()].filter((n) => n !== o.freq);
  const numeric = (name: string, option: string): Float64Array => {
    const col = frame.columns.get(name);
    if (!col) throw new UsageError(`${option}: no column "${name}" in ${path}`);
    if (!isNumericColumn(col))
      throw new UsageError(`${option}: column "${name}" is not numeric (0/1 answers expected)`);
    return col;
  };
  const items = names.map((n) => numeric(n, o.items ? '--items' : '--all-items'));
  const freq = o.freq ? numeric(o.freq, '--freq') : undefined;
  return { names, items, ...(freq ? { freq } : {}) };
}

/** The printed result: the fit without the respondent count. */
function toJson(fit: IrtFit): string {
  const { n: _n, ...rest } = fit;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

export async function runIrtAction(path: string, raw: IrtRawOptions, io: Io): Promise<number> {
  try {
    const options = toOptions(raw);
    const fit = fitIrt(await loadItems(path, raw), options);
    io.out(toJson(fit));
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof StatsError) {
      io.err(`${COMMAND_NAME}: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    io.err(`${COMMAND_NAME}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
