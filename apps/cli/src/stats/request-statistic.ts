// The statistic options of `stats estimate`: exactly one of --mean --total --ratio --var --quantile --prop.
import type { CiMethod, Statistic } from './request-types.ts';
import { expr, list, number, type OptionGetter } from './request-values.ts';
import { UsageError } from './usage-error.ts';

export function statistic(s: OptionGetter, explicit: Set<string>): Statistic {
  const given = ['mean', 'total', 'ratio', 'var', 'quantile', 'prop'].filter((k) => s(k) !== undefined);
  if (given.length === 0)
    throw new UsageError('give a statistic: --mean, --total, --ratio, --var, --quantile or --prop');
  if (given.length > 1)
    throw new UsageError(`${given.map((g) => `--${g}`).join(' and ')}: give only one statistic`);
  const kind = given[0];
  if (explicit.has('at') && kind !== 'quantile') throw new UsageError('--at goes with --quantile');
  if (explicit.has('ci') && kind !== 'prop') throw new UsageError('--ci goes with --prop');
  const value = s(kind) as string;
  if (kind === 'ratio') {
    return {
      kind,
      pairs: list(value, '--ratio').map((p) => {
        const [numerator, denominator, extra] = p.split('/').map((x) => x.trim());
        if (!numerator || !denominator || extra !== undefined)
          throw new UsageError(`--ratio: expected NUM/DEN, got '${p}'`);
        return { numerator, denominator };
      }),
    };
  }
  if (kind === 'quantile') {
    const at = list(s('at'), '--at').map(
      (p) => number(p, '--at', (x) => x >= 0 && x <= 1, 'probabilities in [0, 1]') as number,
    );
    return { kind, variables: list(value, '--quantile'), at };
  }
  if (kind === 'prop') return { kind, expr: expr(value, '--prop'), ci: s('ci') as CiMethod };
  return { kind: kind as 'mean' | 'total' | 'var', variables: list(value, `--${kind}`) };
}
