// The calibration options of `stats estimate`: --poststratify/--rake with --margins, or --calibrate with --totals.
import type { Calibration } from './request-types.ts';
import { list, type OptionGetter } from './request-values.ts';
import { UsageError } from './usage-error.ts';

export function calibration(s: OptionGetter): Calibration | undefined {
  const post = s('poststratify');
  const rake = s('rake');
  const cal = s('calibrate') as 'linear' | 'raking' | undefined;
  const given = [post && '--poststratify', rake && '--rake', cal && '--calibrate'].filter(Boolean);
  if (given.length > 1) throw new UsageError(`${given.join(' and ')}: give only one`);
  const margins = s('margins');
  const totals = s('totals');
  if (post !== undefined || rake !== undefined) {
    const opt = post !== undefined ? '--poststratify' : '--rake';
    if (margins === undefined) throw new UsageError(`${opt} needs --margins FILE`);
    if (totals !== undefined) throw new UsageError(`--totals goes with --calibrate; ${opt} takes --margins`);
    return {
      kind: post !== undefined ? 'poststratify' : 'rake',
      variables: list(post ?? rake, opt),
      margins,
    };
  }
  if (cal !== undefined) {
    if (totals === undefined) throw new UsageError('--calibrate needs --totals FILE');
    if (margins !== undefined)
      throw new UsageError('--margins goes with --poststratify/--rake; --calibrate takes --totals');
    return { kind: 'calibrate', calfun: cal, totals };
  }
  if (margins !== undefined) throw new UsageError('--margins needs --poststratify or --rake');
  if (totals !== undefined) throw new UsageError('--totals needs --calibrate');
  return undefined;
}
