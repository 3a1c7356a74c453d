// Every case of shared/data/r-survey-expected.json, run through `kepu stats estimate` and compared to R.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test-support/shared-data.ts';
import type { EstimateResult } from '../src/stats/estimate-result.ts';
import { compileExpr } from '../src/stats/expr.ts';
import { runEstimate } from '../src/stats/run-estimate.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = sharedDataDir();
const API = join(DATA, 'api');
const expected = JSON.parse(readFileSync(join(DATA, 'r-survey-expected.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'kepu-stats-cli-'));

/** Writes a temp CSV and returns its path. */
function tempCsv(name: string, lines: string[]): string {
  const path = join(tmp, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const targets = expected.meta.calibration_targets;
const marginsFile = tempCsv('margins.csv', [
  'variable,level,total',
  ...targets['pop.types'].map((r: { stype: string; Freq: number }) => `stype,${r.stype},${r.Freq}`),
  ...targets['pop.schwide'].map(
    (r: { 'sch.wide': string; Freq: number }) => `sch.wide,${r['sch.wide']},${r.Freq}`,
  ),
]);
// calibrate(dclus1, ~stype, c(`(Intercept)`=6194, stypeH=755, stypeM=1018)): the same totals by level.
const pt = targets['pop.totals'];
const stypeTotalsFile = tempCsv('totals-stype.csv', [
  'variable,level,total',
  `stype,E,${pt['(Intercept)'] - pt.stypeH - pt.stypeM}`,
  `stype,H,${pt.stypeH}`,
  `stype,M,${pt.stypeM}`,
]);
const scdrepFile = tempCsv('scdrep.csv', [
  'r1,r2,r3,r4',
  ...expected.designs.scdrep.repweights_matrix.map((row: number[]) => row.join(',')),
]);

/** CLI options equivalent to each R design of the JSON's `designs`. */
const dclus1 = [join(API, 'apiclus1.csv'), '--ids', 'dnum', '--weights', 'pw', '--fpc', 'fpc'];
const scd = [join(API, 'scd.csv'), '--ids', 'ambulance', '--strata', 'ESA', '--nest'];
const DESIGNS: Record<string, string[]> = {
  dsrs: [join(API, 'apisrs.csv'), '--fpc', 'fpc'],
  dstrat: [join(API, 'apistrat.csv'), '--strata', 'stype', '--weights', 'pw', '--fpc', 'fpc'],
  dclus1,
  dclus1_wr: [join(API, 'apiclus1.csv'), '--ids', 'dnum', '--weights', 'pw'],
  dclus2: [join(API, 'apiclus2.csv'), '--ids', 'dnum,snum', '--fpc', 'fpc1,fpc2'],
  dclus2_wr: [join(API, 'apiclus2.csv'), '--ids', 'dnum,snum', '--weights', 'pw'],
  rclus1: [...dclus1, '--replicates', 'JK1'],
  rstrat: [
    join(API, 'apistrat.csv'),
    '--strata',
    'stype',
    '--weights',
    'pw',
    '--fpc',
    'fpc',
    '--replicates',
    'JKn',
  ],
  bclus1: [
    join(API, 'apiclus1.csv'),
    '--weights',
    'pw',
    '--repweights',
    join(API, 'apiclus1_boot50_repweights.csv'),
    '--repweights-key',
    'snum',
    '--reptype',
    'bootstrap',
    '--scale',
    String(expected.designs.bclus1.scale),
  ],
  scd2brr: [...scd, '--replicates', 'BRR'],
  scd2fay: [...scd, '--replicates', 'Fay', '--fay-rho', '0.3'],
  scdrep: [join(API, 'scd.csv'), '--repweights', scdrepFile, '--reptype', 'BRR'],
  dclus1p: [...dclus1, '--poststratify', 'stype', '--margins', marginsFile],
  rclus1p: [...dclus1, '--replicates', 'JK1', '--poststratify', 'stype', '--margins', marginsFile],
  dclus1r: [...dclus1, '--rake', 'stype,sch.wide', '--margins', marginsFile],
  rclus1r: [...dclus1, '--replicates', 'JK1', '--rake', 'stype,sch.wide', '--margins', marginsFile],
  dclus1g: [...dclus1, '--calibrate', 'linear', '--totals', stypeTotalsFile],
};

const HI700 = ['--define', 'hi700=api00>700'];

/** CLI options for each case's R call (the design's options come from DESIGNS). */
const CALLS: Record<string, string[]> = {
  dclus1_mean_api00: ['--mean', 'api00', '--deff'],
  dclus1_total_enroll: ['--total', 'enroll', '--deff'],
  dclus1_mean_factor_stype: ['--mean', 'stype'],
  dclus1_mean_hi700: [...HI700, '--mean', 'hi700'],
  dclus1_ratio_apistu_enroll: ['--ratio', 'api.stu/enroll'],
  dstrat_mean_api00_api99: ['--mean', 'api00,api99'],
  dstrat_total_enroll: ['--total', 'enroll'],
  dsrs_mean_api00: ['--mean', 'api00', '--deff'],
  dclus2_total_enroll: ['--total', 'enroll', '--na-rm'],
  dclus2_mean_api00: ['--mean', 'api00'],
  dclus1_var_api00_api99: ['--var', 'api00,api99'],
  dclus1_by_stype_mean_api00: ['--by', 'stype', '--mean', 'api00', '--deff'],
  dclus1_by_stype_mean_hi700: [...HI700, '--by', 'stype', '--mean', 'hi700'],
  dclus1_by_stype_total_enroll: ['--by', 'stype', '--total', 'enroll'],
  dclus1_subset_E_mean_api00: ['--subset', 'stype=="E"', '--mean', 'api00'],
  rclus1_jk1_mean_api00: ['--mean', 'api00'],
  rclus1_jk1_total_enroll: ['--total', 'enroll'],
  rclus1_jk1_mean_hi700: [...HI700, '--mean', 'hi700'],
  scd2brr_mean_alive: ['--mean', 'alive'],
  scd2brr_ratio_alive_arrests: ['--ratio', 'alive/arrests'],
  scdrep_ratio_alive_arrests: ['--ratio', 'alive/arrests'],
  bclus1_boot_mean_api00: ['--mean', 'api00'],
  dclus1p_mean_api00: ['--mean', 'api00'],
  dclus1p_total_enroll: ['--total', 'enroll'],
  rclus1p_mean_api00: ['--mean', 'api00'],
  dclus1r_mean_api00: ['--mean', 'api00'],
  dclus1r_total_enroll: ['--total', 'enroll'],
  dclus1r_total_stype: ['--total', 'stype'],
  dclus1g_mean_api00: ['--mean', 'api00'],
  dclus1_ciprop_hi700_logit: ['--prop', 'api00>700', '--ci', 'logit'],
  dclus1_ciprop_hi700_beta: ['--prop', 'api00>700', '--ci', 'beta'],
  dclus1_ciprop_hi700_likelihood: ['--prop', 'api00>700', '--ci', 'likelihood'],
  dclus1_ciprop_hi700_asin: ['--prop', 'api00>700', '--ci', 'asin'],
  dclus1_ciprop_hi700_mean: ['--prop', 'api00>700', '--ci', 'wald'],
  dclus1_ciprop_hi700_xlogit: ['--prop', 'api00>700', '--ci', 'xlogit'],
  dclus1_quantile_api00: ['--quantile', 'api00', '--at', '0.25,0.5,0.75'],
};

/** Iterative methods are compared at the JSON's looser tolerance. */
const ITERATIVE = /rake|raking|likelihood|beta/;

interface Expectation {
  /** CLI row key: by values, variable and level joined by '|'. */
  key: string;
  what: string;
  value: number;
}

/** R's numbers of one case, keyed like the CLI rows. */
function expectations(result: Record<string, unknown>): Expectation[] {
  const out: Expectation[] = [];
  const add = (key: string, what: string, value: number) => out.push({ key, what, value });
  const rName = (n: string) => n.replace(/^factor\((\w+)\)/, '$1');
  switch (result.kind) {
    case 'svystat':
    case 'svrepstat': {
      const est = result.estimate as Record<string, number>;
      const se = result.se as Record<string, number>;
      const deff = result.deff as Record<string, number> | undefined;
      for (const n of Object.keys(est)) {
        add(rName(n), 'estimate', est[n]);
        add(rName(n), 'se', se[n]);
        if (deff) add(rName(n), 'deff', deff[n]);
      }
      for (const ci of (result.ci95_normal as { name: string; lower: number; upper: number }[]) ?? []) {
        add(rName(ci.name), 'ci.lower', ci.lower);
        add(rName(ci.name), 'ci.upper', ci.upper);
      }
      break;
    }
    case 'svyratio':
      add('ratio', 'estimate', result.ratio as number);
      add('ratio', 'se', result.se as number);
      break;
    case 'svyvar': {
      const names = result.names as string[];
      const est = result.estimate as number[][];
      const se = result.se as number[][];
      names.forEach((a, i) => {
        names.forEach((b, j) => {
          add(`${a}|${b}`, 'estimate', est[i][j]);
          add(`${a}|${b}`, 'se', se[i][j]);
        });
      });
      break;
    }
    case 'svyby':
      for (const row of result.rows as { domain: Record<string, string>; values: Record<string, number> }[]) {
        const by = Object.values(row.domain).join('|');
        for (const [k, v] of Object.entries(row.values)) {
          if (k === 'se') continue;
          if (k.startsWith('DEff.')) add(`${by}|${k.slice(5)}`, 'deff', v);
          else {
            add(`${by}|${k}`, 'estimate', v);
            add(`${by}|${k}`, 'se', row.values.se);
          }
        }
      }
      break;
    case 'svyciprop': {
      const ci = result.ci as { lower: number; upper: number };
      add('prop', 'estimate', result.estimate as number);
      add('prop', 'se', result.se as number);
      add('prop', 'ci.lower', ci.lower);
      add('prop', 'ci.upper', ci.upper);
      break;
    }
    case 'svyquantile':
      for (const [v, qs] of Object.entries(result.values as Record<string, Record<string, number>[]>)) {
        for (const q of qs) {
          add(`${v}|${q.p}`, 'estimate', q.quantile);
          add(`${v}|${q.p}`, 'se', q.se);
          add(`${v}|${q.p}`, 'ci.lower', q['ci.2.5']);
          add(`${v}|${q.p}`, 'ci.upper', q['ci.97.5']);
        }
      }
      break;
    default:
      throw new Error(`unknown result kind ${String(result.kind)}`);
  }
  return out;
}

/** The CLI's numbers keyed like `expectations`: "by|…|variable" plus the level (glued on, as R names factor levels). */
function cliValues(r: EstimateResult, kind: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of r.estimates) {
    let key: string;
    if (kind === 'svyratio') key = 'ratio';
    else if (kind === 'svyciprop') key = 'prop';
    else if (kind === 'svyvar' || kind === 'svyquantile') key = [e.variable, e.level ?? e.variable].join('|');
    else key = [...Object.values(e.by), e.variable + (e.level ?? '')].join('|');
    m.set(`${key}/estimate`, e.estimate);
    m.set(`${key}/se`, e.se);
    if (e.ci) {
      m.set(`${key}/ci.lower`, e.ci[0]);
      m.set(`${key}/ci.upper`, e.ci[1]);
    }
    if (e.deff !== undefined) m.set(`${key}/deff`, e.deff);
  }
  return m;
}

async function runJson(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runEstimate([...argv, '--format', 'json'], {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

const relDiff = (a: number, b: number) =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);

describe('kepu stats estimate reproduces R survey (r-survey-expected.json)', () => {
  it('maps every case of the JSON', () => {
    const ids: string[] = expected.cases.map((c: { id: string }) => c.id);
    expect(ids.filter((id) => !(id in CALLS))).toEqual([]);
    expect(Object.keys(CALLS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  for (const c of expected.cases as {
    id: string;
    design: string;
    feature: string;
    call: string;
    result: Record<string, unknown>;
  }[]) {
    it(`${c.id}: ${c.call}`, async () => {
      const design = DESIGNS[c.design];
      expect(design, `no CLI mapping for design ${c.design}`).toBeDefined();
      const { code, out, err } = await runJson([...design, ...CALLS[c.id]]);
      expect(err).toBe('');
      expect(code).toBe(0);
      const result = JSON.parse(out) as EstimateResult;
      const got = cliValues(result, String(c.result.kind));
      const tol = ITERATIVE.test(`${c.feature} ${c.design} ${c.call}`)
        ? 1e-6
        : expected.meta.suggested_tolerance.relative;
      const problems: string[] = [];
      for (const e of expectations(c.result)) {
        const v = got.get(`${e.key}/${e.what}`);
        if (v === undefined)
          problems.push(`${e.key} ${e.what}: missing in CLI output (keys: ${[...got.keys()].join(', ')})`);
        else if (!(relDiff(v, e.value) <= tol))
          problems.push(
            `${e.key} ${e.what}: got ${v}, R ${e.value} (rel ${relDiff(v, e.value).toExponential(2)})`,
          );
      }
      expect(problems).toEqual([]);
      const df = expected.designs[c.design]?.degf;
      if (df !== undefined && !c.id.includes('subset')) expect(result.df).toBe(df);
    });
  }
});

describe('supplied replicate weights', () => {
  it("reproduces rclus1 from the exported JK1 analysis weights (joined by snum, with R's scale)", async () => {
    const { code, out, err } = await runJson([
      join(API, 'apiclus1.csv'),
      '--weights',
      'pw',
      '--repweights',
      join(API, 'apiclus1_jk1_repweights.csv'),
      '--repweights-key',
      'snum',
      '--reptype',
      'JK1',
      '--scale',
      String(expected.designs.rclus1.scale),
      '--mean',
      'api00',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = expected.cases.find((c: { id: string }) => c.id === 'rclus1_jk1_mean_api00').result;
    const est = (JSON.parse(out) as EstimateResult).estimates[0];
    expect(relDiff(est.estimate, r.estimate.api00)).toBeLessThanOrEqual(1e-9);
    expect(relDiff(est.se, r.se.api00)).toBeLessThanOrEqual(1e-9);
  });
});

describe('kepu stats estimate as a process', () => {
  const bin = join(ROOT, 'apps/cli/bin/kepu.js');
  it('prints JSON for a design from the command line', () => {
    const r = spawnSync(
      'node',
      [bin, 'stats', 'estimate', ...dclus1, '--mean', 'api00', '--format', 'json'],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const est = JSON.parse(r.stdout).estimates[0];
    expect(relDiff(est.estimate, 644.1693989071039)).toBeLessThanOrEqual(1e-9);
    expect(relDiff(est.se, 23.54224069378104)).toBeLessThanOrEqual(1e-9);
  });

  it('exits with code 2 and a one-line message naming the column', () => {
    const r = spawnSync('node', [bin, 'stats', 'estimate', ...dclus1, '--mean', 'nosuchcol'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("unknown column 'nosuchcol'");
  });
});

describe('expression language', () => {
  const src = {
    nrow: 3,
    column: (n: string) =>
      ({
        a: new Float64Array([1, Number.NaN, 3]),
        'api.stu': new Float64Array([5, 6, 7]),
        s: ['E', null, 'H'],
      })[n],
  };
  const run = (e: string) => Array.from(compileExpr(e).evaluate(src));

  it('compares, combines and computes with R semantics for NA', () => {
    expect(run('a > 1')).toEqual([0, Number.NaN, 1]);
    expect(run('api.stu * 2 - a')).toEqual([9, Number.NaN, 11]);
    expect(run('s == "E" || is.na(a)')).toEqual([1, 1, 0]);
    expect(run('!(a == 1) && !is.na(s)')).toEqual([0, 0, 1]);
    expect(run('-a + 1 >= -1')).toEqual([1, Number.NaN, 0]);
  });

  it('reports the position of a syntax error', () => {
    expect(() => compileExpr('a > )')).toThrow(expect.objectContaining({ position: 5 }));
    expect(() => compileExpr('a = 1')).toThrow(/use ==/);
  });

  it('rejects unknown columns and functions, and text arithmetic', () => {
    expect(() => run('b + 1')).toThrow('unknown column "b"');
    expect(() => run('system("x")')).toThrow('unknown function');
    expect(() => run('s + 1')).toThrow('needs numbers');
  });
});

describe('option errors', () => {
  const errOf = async (argv: string[]) => {
    let err = '';
    const io = {
      out: () => undefined,
      err: (t: string) => {
        err += t;
      },
    };
    const code = await runEstimate(argv, io);
    return { code, err };
  };

  it.each([
    [['--mean', 'api00', '--weights', 'pw', '--probs', 'pw'], '--weights and --probs'],
    [['--mean', 'api00', '--total', 'enroll'], 'give only one statistic'],
    [['--ids', 'dnum'], 'give a statistic'],
    [['--mean', 'api00', '--poststratify', 'stype'], '--poststratify needs --margins'],
    [['--mean', 'api00', '--replicates', 'Fay'], 'Fay replicates need --fay-rho'],
    [['--mean', 'api00', '--level', '95'], '--level: expected a number between 0 and 1'],
    [['--mean', 'api00', '--subset', 'stype=="E'], '--subset: unterminated string at position 8'],
    [['--mean', 'api00', '--by', 'nope'], "--by: unknown column 'nope'"],
    [['--mean', 'api00', '--reptype', 'JK1'], '--reptype needs --repweights'],
    [['--mean', 'api00', '--format', 'xml'], "argument 'xml' is invalid"],
  ])('%j fails with code 2 naming the problem', async (extra, message) => {
    const { code, err } = await errOf([join(API, 'apiclus1.csv'), ...extra]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('names a missing data file', async () => {
    const { code, err } = await errOf([join(tmp, 'nope.csv'), '--mean', 'x']);
    expect(code).toBe(2);
    expect(err).toContain('nope.csv: cannot read file (ENOENT)');
  });
});
