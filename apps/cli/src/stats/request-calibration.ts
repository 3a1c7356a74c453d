// The calibration options of `stats estimate`: --poststratify/--rake with --margins, or --calibrate with --totals.
import type { Calibration } from './request-types.ts';
import { list, number, type OptionGetter } from './request-values.ts';
import { UsageError } from './usage-error.ts';

export function calibration(s: OptionGetter): Calibration | undefined {
  const post = s('poststratify');
  const rake = s('rake');
  const cal = s('calibrate') as 'linear' | 'raking' | 'logit' | undefined;
  const bounds = s('bounds');
  if (bounds !== undefined && cal === undefined) throw new UsageError('--bounds goes with --calibrate');
  const given = [post && '--poststratify', rake && '--rake', cal && '--calibrate'].filter(Boolean);
  if (given.length > 1) throw new UsageError(`${given.join(' and ')}: give only one`);
  const control = {
    maxit: number(s('maxit'), '--maxit', (x) => Number.isInteger(x) && x >= 1, 'a whole number ≥ 1'),
    epsilon: number(s('epsilon'), '--epsilon', (x) => x > 0, 'a number > 0'),
  };
  const iterating = control.maxit !== undefined || control.epsilon !== undefined;
  if (iterating && rake === undefined && cal === undefined)
    throw new UsageError('--maxit and --epsilon go with --rake or --calibrate');
  const margins = s('margins');
  const totals = s('totals');
  if (post !== undefined || rake !== undefined) {
    const opt = post !== undefined ? '--poststratify' : '--rake';
    if (margins === undefined) throw new UsageError(`${opt} needs --margins FILE`);
    if (totals !== undefined) throw new UsageError(`--totals goes with --calibrate; ${opt} takes --margins`);
    const variables = list(post ?? rake, opt);
    return post === undefined
      ? { kind: 'rake', variables, margins, control }
      : { kind: 'poststratify', variables, margins };
  }
  if (cal !== undefined) {
    if (totals === undefined) throw new UsageError('--calibrate needs --totals FILE');
    if (margins !== undefined)
      throw new UsageError('--margins goes with --poststratify/--rake; --calibrate takes --totals');
    if (cal === 'logit' && bounds === undefined)
      throw new UsageError('--calibrate logit needs --bounds LOWER,UPPER (e.g. 0.5,2)');
    return {
      kind: 'calibrate',
      calfun: cal,
      totals,
      control,
      ...(bounds === undefined ? {} : { bounds: boundsOf(bounds) }),
    };
  }
  if (margins !== undefined) throw new UsageError('--margins needs --poststratify or --rake');
  if (totals !== undefined) throw new UsageError('--totals needs --calibrate');
  return undefined;
}

function boundsOf(text: string): [number, number] {
  const parts = text.split(',');
  const [lower, upper] = parts.map((p) => number(p.trim(), '--bounds', (x) => !Number.isNaN(x), 'a number'));
  if (parts.length !== 2 || lower === undefined || upper === undefined || !(lower < 1 && upper > 1))
    throw new UsageError(`--bounds: expected LOWER,UPPER with LOWER < 1 < UPPER, got '${text}'`);
  return [lower, upper];
}
