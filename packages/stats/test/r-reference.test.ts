// Every Taylor, uncalibrated case of r-survey-expected.json (R survey 4.1-1), run through the public API.
import { describe, expect, it } from 'vitest';
import { confint, type SvyStat, type TaylorDesign } from '../src/index.ts';
import { type ExpectedCase, loadExpected, taylorDesign } from './helpers/fixtures.ts';
import { runRCall } from './helpers/r-call.ts';

const expected = loadExpected();
const REL = expected.meta.suggested_tolerance.relative;
const TAYLOR = new Set(['dclus1', 'dclus1_wr', 'dclus2', 'dclus2_wr', 'dsrs', 'dstrat']);
const FEATURE = /^(taylor_|domain_|quantile|ciprop_)/;
/** The JSON's note: iterative methods (ciprop likelihood/beta) may need 1e-6. */
const ITERATIVE = new Set(['ciprop_likelihood', 'ciprop_beta']);

const designCache = new Map<string, TaylorDesign>();
function design(name: string): TaylorDesign {
  let d = designCache.get(name);
  if (d === undefined) {
    d = taylorDesign(name);
    designCache.set(name, d);
  }
  return d;
}

function close(got: number, want: number, rel: number, what: string): void {
  if (Number.isNaN(want)) {
    expect(got, what).toBeNaN();
    return;
  }
  const err = Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
  expect(err, `${what}: got ${got}, want ${want}`).toBeLessThanOrEqual(rel);
}

type Num = Record<string, number>;

function checkSvystat(stat: SvyStat, r: Record<string, unknown>, rel: number): void {
  const est = r.estimate as Num;
  const names = Object.keys(est);
  const idx = names.map((n) => {
    const i = stat.names.indexOf(n);
    expect(i, `estimate name ${n} among ${stat.names.join(', ')}`).toBeGreaterThanOrEqual(0);
    return i;
  });
  const ci = confint(stat, { level: 0.95 });
  names.forEach((n, k) => {
    const i = idx[k];
    close(stat.estimate[i], est[n], rel, `estimate ${n}`);
    close(stat.se[i], (r.se as Num)[n], rel, `se ${n}`);
    if (r.deff !== undefined) close((stat.deff as number[])[i], (r.deff as Num)[n], rel, `deff ${n}`);
  });
  if (r.vcov !== undefined) {
    const v = r.vcov as number[][];
    idx.forEach((i, a) => {
      idx.forEach((j, b) => {
        close(stat.vcov[i][j], v[a][b], rel, `vcov[${a}][${b}]`);
      });
    });
  }
  for (const row of (r.ci95_normal as { name: string; lower: number; upper: number }[] | undefined) ?? []) {
    const i = stat.names.indexOf(row.name);
    close(ci[i][0], row.lower, rel, `ci lower ${row.name}`);
    close(ci[i][1], row.upper, rel, `ci upper ${row.name}`);
  }
}

function check(c: ExpectedCase): void {
  const rel = ITERATIVE.has(c.feature) ? 1e-6 : REL;
  const got = runRCall(c.call, design);
  const r = c.result;
  expect(got.kind, 'result kind').toBe(r.kind);
  switch (got.kind) {
    case 'svystat':
      checkSvystat(got.value, r, rel);
      break;
    case 'svyratio':
      close(got.value.estimate[0], r.ratio as number, rel, 'ratio');
      close(got.value.se[0], r.se as number, rel, 'se');
      close(got.value.vcov[0][0], r.var as number, rel, 'var');
      break;
    case 'svyvar': {
      const names = r.names as string[];
      expect(got.value.names).toEqual(names);
      const e = r.estimate as number[][];
      const s = r.se as number[][];
      names.forEach((_, a) => {
        names.forEach((__, b) => {
          close(got.value.estimate[a][b], e[a][b], rel, `var[${a}][${b}]`);
          close(got.value.se[a][b], s[a][b], rel, `se[${a}][${b}]`);
        });
      });
      break;
    }
    case 'svyby': {
      const rows = r.rows as { domain: Record<string, string>; values: Num }[];
      expect(got.value.map((d) => d.key)).toEqual(rows.map((row) => row.domain));
      rows.forEach((row, k) => {
        const stat = got.value[k].stat;
        for (const [key, want] of Object.entries(row.values)) {
          if (key === 'se' || key.startsWith('se.')) {
            const name = key === 'se' ? stat.names[0] : key.slice(3);
            close(stat.se[stat.names.indexOf(name)], want, rel, `${JSON.stringify(row.domain)} ${key}`);
          } else if (key.startsWith('DEff')) {
            const name = key === 'DEff' ? stat.names[0] : key.slice(5);
            close(
              (stat.deff as number[])[stat.names.indexOf(name)],
              want,
              rel,
              `${JSON.stringify(row.domain)} ${key}`,
            );
          } else {
            const i = stat.names.indexOf(key);
            expect(i, `svyby column ${key}`).toBeGreaterThanOrEqual(0);
            close(stat.estimate[i], want, rel, `${JSON.stringify(row.domain)} ${key}`);
          }
        }
      });
      break;
    }
    case 'svyciprop': {
      const ci = r.ci as { lower: number; upper: number };
      close(got.value.estimate, r.estimate as number, rel, 'estimate');
      close(got.value.se, r.se as number, rel, 'se');
      close(got.value.ci[0], ci.lower, rel, 'ci lower');
      close(got.value.ci[1], ci.upper, rel, 'ci upper');
      break;
    }
    case 'svyquantile': {
      const values = r.values as Record<string, Num[]>;
      for (const q of got.value) {
        const rows = values[q.variable];
        expect(rows, `quantiles of ${q.variable}`).toBeDefined();
        rows.forEach((row, k) => {
          expect(q.probs[k]).toBe(row.p);
          close(q.quantile[k], row.quantile, rel, `quantile ${row.p}`);
          close(q.ci[k][0], row['ci.2.5'], rel, `ci lower ${row.p}`);
          close(q.ci[k][1], row['ci.97.5'], rel, `ci upper ${row.p}`);
          close(q.se[k], row.se, rel, `se ${row.p}`);
        });
      }
      break;
    }
  }
}

const cases = expected.cases.filter((c) => TAYLOR.has(c.design) && FEATURE.test(c.feature));

describe('R survey 4.1-1 reference results, Taylor designs', () => {
  it('covers every Taylor uncalibrated case of the JSON file', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.call).toMatch(/^svy/);
  });

  for (const c of cases) {
    it(`${c.call}  [${c.id}]`, () => check(c));
  }

  it('design degrees of freedom match degf(design) in R', () => {
    for (const name of TAYLOR) expect(design(name).degf, name).toBe(expected.designs[name].degf);
  });
});
