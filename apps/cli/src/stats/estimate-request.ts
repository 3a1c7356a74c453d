// Turns the raw options of `stats estimate` into a checked request, naming the option at fault.

import type { CI_METHODS, FORMATS, LONELY_PSU, REP_TYPES } from './estimate-options.ts';
import { type CompiledExpr, compileExpr, describeExprError, ExprError } from './expr.ts';
import { UsageError } from './usage-error.ts';

export type RepType = (typeof REP_TYPES)[number];
export type CiMethod = (typeof CI_METHODS)[number];

export type Statistic =
  | { kind: 'mean' | 'total' | 'var'; variables: string[] }
  | { kind: 'ratio'; pairs: { numerator: string; denominator: string }[] }
  | { kind: 'quantile'; variables: string[]; at: number[] }
  | { kind: 'prop'; expr: CompiledExpr; ci: CiMethod };

export type Calibration =
  | { kind: 'poststratify'; variables: string[]; margins: string }
  | { kind: 'rake'; variables: string[]; margins: string }
  | { kind: 'calibrate'; calfun: 'linear' | 'raking'; totals: string };

export interface EstimateRequest {
  data: string;
  design: {
    weights?: string;
    probs?: string;
    ids: string[];
    strata?: string;
    fpc: string[];
    nest: boolean;
    lonelyPsu: (typeof LONELY_PSU)[number];
  };
  supplied?: {
    file: string;
    key?: string;
    type: RepType;
    scale?: number;
    rscales?: number[];
    fayRho?: number;
    mse: boolean;
  };
  build?: { type: RepType; n?: number; seed?: number; fayRho?: number; mse: boolean };
  defines: { name: string; expr: CompiledExpr }[];
  subset?: CompiledExpr;
  calibration?: Calibration;
  by: string[];
  statistic: Statistic;
  naRm: boolean;
  deff: boolean;
  level: number;
  format: (typeof FORMATS)[number];
}

/** Options as commander gives them (camelCase); `explicit` lists options given on the command line. */
export type RawOptions = Record<string, string | string[] | boolean | undefined>;

const list = (v: string | undefined, option: string): string[] => {
  if (v === undefined) return [];
  const parts = v.split(',').map((s) => s.trim());
  if (parts.some((p) => p === '')) throw new UsageError(`${option}: empty name in '${v}'`);
  return parts;
};

const number = (
  v: string | undefined,
  option: string,
  check?: (x: number) => boolean,
  what = 'a number',
): number | undefined => {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || (check && !check(x)))
    throw new UsageError(`${option}: expected ${what}, got '${v}'`);
  return x;
};

const expr = (source: string, option: string): CompiledExpr => {
  try {
    return compileExpr(source);
  } catch (e) {
    if (e instanceof ExprError) throw new UsageError(`${option}: ${describeExprError(source, e)}`);
    throw e;
  }
};

export function toRequest(data: string, o: RawOptions, explicit: Set<string>): EstimateRequest {
  const s = (k: string): string | undefined => o[k] as string | undefined;
  if (s('weights') !== undefined && s('probs') !== undefined)
    throw new UsageError('--weights and --probs: give only one');
  const supplied = suppliedReplicates(s, o, explicit);
  const build = builtReplicates(s, o, explicit);
  if (supplied && build) throw new UsageError('--repweights and --replicates: give only one');
  return {
    data,
    design: {
      weights: s('weights'),
      probs: s('probs'),
      ids: list(s('ids'), '--ids'),
      strata: s('strata'),
      fpc: list(s('fpc'), '--fpc'),
      nest: o.nest === true,
      lonelyPsu: s('lonelyPsu') as EstimateRequest['design']['lonelyPsu'],
    },
    supplied,
    build,
    defines: ((o.define as string[]) ?? []).map((d) => {
      const eq = d.indexOf('=');
      const name = eq > 0 ? d.slice(0, eq).trim() : '';
      if (!/^[A-Za-z_.][A-Za-z0-9_.]*$/.test(name) || d[eq + 1] === '=') {
        throw new UsageError(`--define: expected NAME=EXPR, got '${d}'`);
      }
      return { name, expr: expr(d.slice(eq + 1), `--define ${name}`) };
    }),
    subset: s('subset') === undefined ? undefined : expr(s('subset') as string, '--subset'),
    calibration: calibration(s),
    by: list(s('by'), '--by'),
    statistic: statistic(s, explicit),
    naRm: o.naRm === true,
    deff: o.deff === true,
    level: number(s('level'), '--level', (x) => x > 0 && x < 1, 'a number between 0 and 1') as number,
    format: s('format') as EstimateRequest['format'],
  };
}

function suppliedReplicates(
  s: (k: string) => string | undefined,
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

function builtReplicates(
  s: (k: string) => string | undefined,
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

function fayRho(s: (k: string) => string | undefined, type: RepType): number | undefined {
  const rho = number(s('fayRho'), '--fay-rho', (x) => x >= 0 && x < 1, 'a number in [0, 1)');
  if (rho !== undefined && type !== 'Fay')
    throw new UsageError(`--fay-rho applies to Fay replicates, not ${type}`);
  if (rho === undefined && type === 'Fay') throw new UsageError('Fay replicates need --fay-rho');
  return rho;
}

function calibration(s: (k: string) => string | undefined): Calibration | undefined {
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

function statistic(s: (k: string) => string | undefined, explicit: Set<string>): Statistic {
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

const kebab = (k: string): string => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
