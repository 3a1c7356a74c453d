// Loads DATA for `stats estimate`: the CSV, --define columns, the --subset mask, and column checks.
import type { Frame } from '@kepu/stats';
import { readCsvFrame } from './csv-frame.ts';
import { describeExprError, ExprError } from './expr.ts';
import type { EstimateRequest } from './request-types.ts';
import { UsageError } from './usage-error.ts';

export interface EstimateData {
  frame: Frame;
  /** 1 = row in --subset (NA counts as out); null without --subset. */
  subset: Uint8Array | null;
}

/** `note` hears of values read as missing (see readCsvFrame). Only the columns the request names are read. */
export async function loadData(req: EstimateRequest, note?: (line: string) => void): Promise<EstimateData> {
  const columns = columnsRead(req);
  const frame = await readCsvFrame(req.data, undefined, note, columns ? { columns } : undefined);
  const source = { nrow: frame.nrow, column: (name: string) => frame.columns.get(name) };
  for (const d of req.defines) {
    frame.columns.set(
      d.name,
      evaluateOrFail(() => d.expr.evaluate(source), `--define ${d.name}`, d.expr.source),
    );
  }
  let subset: Uint8Array | null = null;
  if (req.subset) {
    const expr = req.subset;
    const v = evaluateOrFail(() => expr.evaluate(source), '--subset', expr.source);
    subset = new Uint8Array(frame.nrow);
    for (let i = 0; i < v.length; i++) subset[i] = !Number.isNaN(v[i]) && v[i] !== 0 ? 1 : 0;
  }
  const s = req.statistic;
  if (s.kind === 'prop') {
    // The proportion's 0/1 column is named by its expression, which is also its label in the output.
    frame.columns.set(
      s.expr.source,
      evaluateOrFail(() => s.expr.evaluate(source), '--prop', s.expr.source),
    );
  }
  checkColumns(req, frame);
  return { frame, subset };
}

/**
 * The DATA columns the request names, or undefined for all of them when a file decides which it needs (replicate
 * weights join on DATA's columns and skip them; a totals file names the calibration variables).
 */
function columnsRead(req: EstimateRequest): Set<string> | undefined {
  if (req.supplied || req.calibration?.kind === 'calibrate') return undefined;
  const d = req.design;
  const s = req.statistic;
  const names = new Set([...d.ids, ...d.fpc, ...req.by]);
  for (const name of [d.weights, d.probs, d.strata]) if (name !== undefined) names.add(name);
  for (const name of req.calibration?.variables ?? []) names.add(name);
  const exprs = [...req.defines.map((x) => x.expr), ...(req.subset ? [req.subset] : [])];
  if (s.kind === 'prop') exprs.push(s.expr);
  for (const e of exprs) for (const name of e.columns) names.add(name);
  if (s.kind === 'ratio') for (const p of s.pairs) names.add(p.numerator).add(p.denominator);
  else if (s.kind !== 'prop') for (const name of s.variables) names.add(name);
  return names;
}

function evaluateOrFail(run: () => Float64Array, option: string, source: string): Float64Array {
  try {
    return run();
  } catch (e) {
    if (e instanceof ExprError) throw new UsageError(`${option}: ${describeExprError(source, e)}`);
    throw e;
  }
}

/** Every column an option names must exist; numeric where a number is needed. */
function checkColumns(req: EstimateRequest, frame: Frame): void {
  const need = (option: string, names: string[], numeric = false) => {
    for (const name of names) {
      const col = frame.columns.get(name);
      if (col === undefined) throw new UsageError(`${option}: unknown column '${name}' in ${req.data}`);
      if (numeric && !(col instanceof Float64Array)) {
        throw new UsageError(
          `${option}: column '${name}' in ${req.data} is text, a numeric column is needed`,
        );
      }
    }
  };
  const d = req.design;
  need('--weights', d.weights ? [d.weights] : [], true);
  need('--probs', d.probs ? [d.probs] : [], true);
  need('--ids', d.ids);
  need('--strata', d.strata ? [d.strata] : []);
  need('--fpc', d.fpc, true);
  need('--by', req.by);
  if (req.supplied?.key) need('--repweights-key', [req.supplied.key]);
  if (req.calibration && req.calibration.kind !== 'calibrate')
    need(`--${req.calibration.kind}`, req.calibration.variables);
  const s = req.statistic;
  if (s.kind === 'mean' || s.kind === 'total') need(`--${s.kind}`, s.variables);
  if (s.kind === 'var' || s.kind === 'quantile') need(`--${s.kind}`, s.variables, true);
  if (s.kind === 'ratio')
    need(
      '--ratio',
      s.pairs.flatMap((p) => [p.numerator, p.denominator]),
      true,
    );
}
