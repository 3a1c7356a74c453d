// The replicate-weight options of `stats estimate`: supplied (--repweights) or built (--replicates).
import type { EstimateRequest, RawOptions, RepType } from './request-types.ts';
import { kebab, number, type OptionGetter } from './request-values.ts';
import { UsageError } from './usage-error.ts';

export function suppliedReplicates(
  s: OptionGetter,
  o: RawOptions,
  explicit: Set<string>,
): EstimateRequest['supplied'] {
  const file = s('repweights');
  if (file === undefined) {
    for (const k of ['repweightsKey', 'reptype', 'scale', 'rscales']) {
      if (explicit.has(k)) throw new UsageError(`--${kebab(k)} needs --repweights`);
    }
    return undefined;
  }
  const type = s('reptype') as RepType | undefined;
  if (type === undefined)
    throw new UsageError('--repweights needs --reptype (JK1, JKn, BRR, Fay or bootstrap)');
  const rscales = s('rscales')
    ?.split(',')
    .map((r) => number(r, '--rscales', (x) => x >= 0, 'non-negative numbers') as number);
  return {
    file,
    key: s('repweightsKey'),
    type,
    scale: number(s('scale'), '--scale', (x) => x > 0, 'a positive number'),
    rscales,
    fayRho: fayRho(s, type),
    mse: o.mse === true,
  };
}

export function builtReplicates(
  s: OptionGetter,
  o: RawOptions,
  explicit: Set<string>,
): EstimateRequest['build'] {
  const type = s('replicates') as RepType | undefined;
  if (type === undefined) {
    for (const k of ['replicatesN', 'seed'])
      if (explicit.has(k)) throw new UsageError(`--${kebab(k)} needs --replicates`);
    if (explicit.has('fayRho') && s('repweights') === undefined)
      throw new UsageError('--fay-rho needs --replicates Fay or --reptype Fay');
    if (explicit.has('mse') && s('repweights') === undefined)
      throw new UsageError('--mse needs replicate weights (--replicates or --repweights)');
    return undefined;
  }
  const int = (k: string, opt: string) =>
    number(s(k), opt, (x) => Number.isInteger(x) && x >= 0, 'a whole number');
  const n = int('replicatesN', '--replicates-n');
  if (n !== undefined && type !== 'bootstrap')
    throw new UsageError('--replicates-n applies to --replicates bootstrap only');
  if (n !== undefined && n < 2) throw new UsageError(`--replicates-n: expected at least 2, got ${n}`);
  return { type, n, seed: int('seed', '--seed'), fayRho: fayRho(s, type), mse: o.mse === true };
}

function fayRho(s: OptionGetter, type: RepType): number | undefined {
  const rho = number(s('fayRho'), '--fay-rho', (x) => x >= 0 && x < 1, 'a number in [0, 1)');
  if (rho !== undefined && type !== 'Fay')
    throw new UsageError(`--fay-rho applies to Fay replicates, not ${type}`);
  if (rho === undefined && type === 'Fay') throw new UsageError('Fay replicates need --fay-rho');
  return rho;
}
