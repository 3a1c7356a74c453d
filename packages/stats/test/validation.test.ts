// Input validation: every invalid input throws a StatsError whose code and message name the problem.
import { describe, expect, it } from 'vitest';
import {
  type CipropMethod,
  makeFrame,
  StatsError,
  svyciprop,
  svydesign,
  svymean,
  svyquantile,
} from '../src/index.ts';

function statsError(f: () => unknown): StatsError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(StatsError);
    return e as StatsError;
  }
  throw new Error('expected a StatsError');
}

const frame = makeFrame({
  psu: Float64Array.of(1, 1, 2, 2, 3, 4, 5, 5),
  str: ['a', 'a', 'a', 'a', 'b', 'b', 'c', 'c'],
  w: Float64Array.of(2, 2, 3, 3, 4, 4, 5, 5),
  y: Float64Array.of(1, 2, 3, 4, 5, 6, 7, Number.NaN),
  cat: ['x', 'y', 'x', 'y', 'x', 'y', 'x', null],
});

describe('validation', () => {
  it('columns of different lengths', () => {
    const e = statsError(() => makeFrame({ a: Float64Array.of(1, 2), b: Float64Array.of(1) }));
    expect(e.code).toBe('LENGTH_MISMATCH');
    expect(e.message).toMatch(/'b' has 1 rows but column 'a' has 2/);
  });

  it('unknown columns are named', () => {
    const e = statsError(() => svydesign(frame, { ids: ['nope'] }));
    expect(e.code).toBe('UNKNOWN_COLUMN');
    expect(e.message).toMatch(/unknown column 'nope'/);
    const d = svydesign(frame, { ids: ['psu'], weights: 'w' });
    expect(statsError(() => svymean(d, 'zz')).message).toMatch(/'zz'/);
  });

  it('missing and negative weights name the row', () => {
    const f = makeFrame({ w: Float64Array.of(1, Number.NaN, 2), y: Float64Array.of(1, 2, 3) });
    const e = statsError(() => svydesign(f, { weights: 'w' }));
    expect(e.code).toBe('MISSING_WEIGHT');
    expect(e.message).toMatch(/row 2/);
    const g = makeFrame({ w: Float64Array.of(1, -2, 2), y: Float64Array.of(1, 2, 3) });
    const n = statsError(() => svydesign(g, { weights: 'w' }));
    expect(n.code).toBe('NEGATIVE_WEIGHT');
    expect(n.message).toMatch(/negative weight -2 .* row 2/);
  });

  it('weights and probs together, probabilities outside (0, 1]', () => {
    expect(statsError(() => svydesign(frame, { weights: 'w', probs: 'w' })).code).toBe('INVALID_ARGUMENT');
    expect(statsError(() => svydesign(frame, { probs: 'w' })).code).toBe('INVALID_WEIGHT');
  });

  it('a stratum with one PSU under lonelyPsu fail names the stratum', () => {
    const d = svydesign(frame, { ids: ['psu'], strata: 'str', weights: 'w' });
    const e = statsError(() => svymean(d, 'y', { naRm: true }));
    expect(e.code).toBe('LONELY_PSU');
    expect(e.message).toMatch(/stratum 'c' has only one PSU at stage 1/);
    // the other rules give a variance
    for (const lonelyPsu of ['remove', 'certainty', 'adjust', 'average'] as const) {
      const m = svymean(svydesign(frame, { ids: ['psu'], strata: 'str', weights: 'w', lonelyPsu }), 'y', {
        naRm: true,
      });
      expect(Number.isFinite(m.se[0])).toBe(true);
    }
    expect(statsError(() => svydesign(frame, { lonelyPsu: 'drop' as 'fail' })).code).toBe('INVALID_ARGUMENT');
  });

  it('one PSU, clusters not nested in strata, missing ids', () => {
    const one = makeFrame({ c: Float64Array.of(1, 1, 1), y: Float64Array.of(1, 2, 3) });
    expect(statsError(() => svydesign(one, { ids: ['c'] })).code).toBe('ONE_PSU');
    const crossed = makeFrame({
      c: Float64Array.of(1, 1, 2, 2),
      s: ['a', 'b', 'a', 'b'],
      y: Float64Array.of(1, 2, 3, 4),
    });
    const e = statsError(() => svydesign(crossed, { ids: ['c'], strata: 's' }));
    expect(e.code).toBe('NOT_NESTED');
    expect(e.message).toMatch(/nest: true/);
    expect(svydesign(crossed, { ids: ['c'], strata: 's', nest: true }).degf).toBe(2);
    const missing = makeFrame({ c: Float64Array.of(1, Number.NaN, 2), y: Float64Array.of(1, 2, 3) });
    const m = statsError(() => svydesign(missing, { ids: ['c'] }));
    expect(m.code).toBe('MISSING_DESIGN_VALUE');
    expect(m.message).toMatch(/'c' at row 2/);
  });

  it('fpc: mixtures of fractions and sizes, more than 100% sampling, variation within a stratum', () => {
    const f = makeFrame({ y: Float64Array.of(1, 2, 3, 4), fpc: Float64Array.of(0.5, 10, 10, 10) });
    expect(statsError(() => svydesign(f, { fpc: ['fpc'] })).code).toBe('INVALID_FPC');
    const small = makeFrame({ y: Float64Array.of(1, 2, 3, 4), fpc: Float64Array.of(3, 3, 3, 3) });
    expect(statsError(() => svydesign(small, { fpc: ['fpc'] })).message).toMatch(/more than 100% sampling/);
    const varies = makeFrame({ y: Float64Array.of(1, 2, 3, 4), fpc: Float64Array.of(10, 10, 11, 10) });
    expect(statsError(() => svydesign(varies, { fpc: ['fpc'] })).message).toMatch(/varies within stratum/);
    expect(statsError(() => svydesign(f, { fpc: ['fpc', 'fpc'] })).code).toBe('INVALID_ARGUMENT');
  });

  it('wrong column types, masks of the wrong length, bad options', () => {
    const d = svydesign(frame, { ids: ['psu'], weights: 'w' });
    expect(statsError(() => svydesign(frame, { weights: 'cat' })).code).toBe('WRONG_COLUMN_TYPE');
    expect(statsError(() => svymean(d, 'y', { domain: new Uint8Array(3) })).code).toBe('LENGTH_MISMATCH');
    expect(statsError(() => svyciprop(d, 'y', { method: 'wald' as CipropMethod })).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect(statsError(() => svyquantile(d, 'y', [1.5])).code).toBe('INVALID_ARGUMENT');
  });

  it('NA without naRm gives NaN (as R gives NA); naRm drops the rows as a domain', () => {
    const d = svydesign(frame, { ids: ['psu'], weights: 'w' });
    expect(svymean(d, 'y').estimate[0]).toBeNaN();
    const m = svymean(d, 'y', { naRm: true });
    expect(m.estimate[0]).toBeCloseTo((2 * 1 + 2 * 2 + 3 * 3 + 3 * 4 + 4 * 5 + 4 * 6 + 5 * 7) / 23, 12);
    const c = svymean(d, 'cat', { naRm: true });
    expect(c.names).toEqual(['catx', 'caty']);
  });
});
