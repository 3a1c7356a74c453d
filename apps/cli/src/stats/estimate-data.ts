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

/** `note` hears of values read as missing (see readCsvFrame). */
export function loadData(req: EstimateRequest, note?: (line: string) => void): EstimateData {
  const frame = readCsvFrame(req.data, undefined, note);
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
