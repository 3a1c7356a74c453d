// The R reference designs of /work/shared/data/r-survey-expected.json, built through the public API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../../../../test-support/shared-data.ts';
import { type Frame, numericColumn, svydesign, type TaylorDesign } from '../../src/index.ts';
import { readCsv, withColumns } from './csv.ts';

export const DATA_DIR = sharedDataDir();

export interface ExpectedFile {
  meta: { suggested_tolerance: { relative: number } };
  designs: Record<string, { r: string; degf: number }>;
  cases: ExpectedCase[];
}
export interface ExpectedCase {
  id: string;
  feature: string;
  design: string;
  call: string;
  result: Record<string, unknown> & { kind: string };
}

export function loadExpected(): ExpectedFile {
  return JSON.parse(readFileSync(join(DATA_DIR, 'r-survey-expected.json'), 'utf8')) as ExpectedFile;
}

const cache = new Map<string, Frame>();
export function apiFrame(name: string): Frame {
  let f = cache.get(name);
  if (f === undefined) {
    f = readCsv(join(DATA_DIR, 'api', `${name}.csv`));
    cache.set(name, f);
  }
  return f;
}

function indicator(x: Float64Array, pred: (v: number) => boolean): Float64Array {
  return Float64Array.from(x, (v) => (Number.isNaN(v) ? Number.NaN : pred(v) ? 1 : 0));
}

/** The frame with R's derived variables hi700 = api00 > 700 and ell0 = ell == 0. */
export function withDerived(frame: Frame): Frame {
  return withColumns(frame, {
    hi700: indicator(numericColumn(frame, 'api00'), (v) => v > 700),
    ell0: indicator(numericColumn(frame, 'ell'), (v) => v === 0),
  });
}

/** The Taylor designs of the JSON file, as svydesign() calls. */
export function taylorDesign(id: string): TaylorDesign {
  switch (id) {
    case 'dsrs':
      return svydesign(withDerived(apiFrame('apisrs')), { fpc: ['fpc'] });
    case 'dstrat':
      return svydesign(withDerived(apiFrame('apistrat')), { strata: 'stype', weights: 'pw', fpc: ['fpc'] });
    case 'dclus1':
      return svydesign(withDerived(apiFrame('apiclus1')), { ids: ['dnum'], weights: 'pw', fpc: ['fpc'] });
    case 'dclus1_wr':
      return svydesign(withDerived(apiFrame('apiclus1')), { ids: ['dnum'], weights: 'pw' });
    case 'dclus2':
      return svydesign(withDerived(apiFrame('apiclus2')), { ids: ['dnum', 'snum'], fpc: ['fpc1', 'fpc2'] });
    case 'dclus2_wr':
      return svydesign(withDerived(apiFrame('apiclus2')), { ids: ['dnum', 'snum'], weights: 'pw' });
    default:
      throw new Error(`no Taylor design '${id}'`);
  }
}

/** More designs, used by the extra R cases of test/fixtures/r-extra-expected.json (test/r/extra-cases.R). */
export function extraDesign(id: string): TaylorDesign {
  switch (id) {
    case 'dstrat_frac': {
      const f = withDerived(apiFrame('apistrat'));
      const stype = f.columns.get('stype') as (string | null)[];
      const fpc = numericColumn(f, 'fpc');
      const counts = new Map<string | null, number>();
      for (const s of stype) counts.set(s, (counts.get(s) ?? 0) + 1);
      const frac = Float64Array.from(fpc, (N, i) => (counts.get(stype[i]) as number) / N);
      return svydesign(withColumns(f, { frac }), { strata: 'stype', fpc: ['frac'] });
    }
    case 'dstrat_wr':
      return svydesign(withDerived(apiFrame('apistrat')), { strata: 'stype', weights: 'pw' });
    case 'dclus1_probs': {
      const f = withDerived(apiFrame('apiclus1'));
      const prob = Float64Array.from(numericColumn(f, 'pw'), (w) => 1 / w);
      return svydesign(withColumns(f, { prob }), { ids: ['dnum'], probs: 'prob', fpc: ['fpc'] });
    }
    case 'dclus2s':
      return svydesign(withDerived(apiFrame('apiclus2')), {
        ids: ['dnum', 'snum'],
        strata: 'stype',
        weights: 'pw',
        nest: true,
      });
    case 'dclus2s_fpc':
      return svydesign(withDerived(apiFrame('apiclus2')), {
        ids: ['dnum', 'snum'],
        strata: 'stype',
        fpc: ['fpc1', 'fpc2'],
        nest: true,
      });
    case 'ms3':
    case 'ms3_frac':
    case 'ms3_wr': {
      const f = readCsv(join(import.meta.dirname, '..', 'fixtures', 'multistage3.csv'));
      const base = { ids: ['a', 'b', 'c'], strata: 'h', nest: true };
      if (id === 'ms3') return svydesign(f, { ...base, fpc: ['N1', 'N2', 'N3'] });
      if (id === 'ms3_frac') return svydesign(f, { ...base, fpc: ['f1', 'f2', 'f3'] });
      return svydesign(f, { ...base, weights: 'w' });
    }
    default:
      return taylorDesign(id);
  }
}

/** apiclus1 stratified by the first letter of cname (several one-district strata), for lonely PSU cases. */
export function lonelyDesign(
  lonelyPsu: 'fail' | 'remove' | 'certainty' | 'adjust' | 'average',
): TaylorDesign {
  const f = withDerived(apiFrame('apiclus1'));
  const cname = f.columns.get('cname') as (string | null)[];
  const cl = cname.map((s) => (s === null ? null : s.slice(0, 1)));
  return svydesign(withColumns(f, { cl }), { ids: ['dnum'], strata: 'cl', weights: 'pw', lonelyPsu });
}
