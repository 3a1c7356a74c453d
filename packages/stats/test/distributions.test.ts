// Normal, t, beta and chi-square functions of src/core against values printed by R 4.2.2 (%.17g).
import { describe, expect, it } from 'vitest';
import { pbeta, pchisq, pnorm, pt, qbeta, qchisq, qnorm, qt } from '../src/index.ts';

function rel(got: number, want: number): number {
  if (want === 0) return Math.abs(got);
  return Math.abs(got - want) / Math.abs(want);
}

describe('qnorm (AS241) = R qnorm', () => {
  const p = [1e-300, 1e-20, 1e-10, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999999];
  const want = [
    -37.047096299361201, -9.2623400897984052, -6.3613409024040557, -3.0902323061678132, -1.9599639845400538,
    -0.52440051270804067, 0, 0.52440051270804067, 1.9599639845400536, 4.7534243088170891,
  ];
  p.forEach((pi, i) => {
    it(`qnorm(${pi})`, () => expect(rel(qnorm(pi), want[i])).toBeLessThanOrEqual(4e-16));
  });
  it('edges', () => {
    expect(qnorm(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(qnorm(1)).toBe(Number.POSITIVE_INFINITY);
    expect(qnorm(1.5)).toBeNaN();
  });
});

describe('pnorm (Cody) = R pnorm', () => {
  const x = [-38, -20, -8, -3, -1, -0.5, 0, 0.3, 0.6744, 1.96, 5, 9];
  const want = [
    0, 2.7536241186062337e-89, 6.2209605742717849e-16, 0.0013498980316300946, 0.15865525393145705,
    0.30853753872598694, 0.5, 0.61791142218895267, 0.74997147862705937, 0.97500210485177963,
    0.99999971334842808, 1,
  ];
  x.forEach((xi, i) => {
    it(`pnorm(${xi})`, () => expect(rel(pnorm(xi), want[i])).toBeLessThanOrEqual(1e-15));
  });
  it('upper tail keeps relative precision', () => {
    expect(rel(pnorm(8, false), 6.2209605742717849e-16)).toBeLessThanOrEqual(1e-15);
  });
});

describe("Student's t = R qt/pt", () => {
  const cases: [number, number, number][] = [
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.3026527297494619],
    [0.975, 3, 3.1824463052837078],
    [0.975, 14, 2.1447866879178039],
    [0.025, 39, -2.0226909200367609],
    [0.995, 197, 2.6010156416895529],
    [0.9, 1950, 1.2819858617494937],
    [1e-8, 5, -62.404506110967276],
    [0.6, 2.5, 0.28145951274854752],
    [0.975, 1e6, 1.9599663568141066],
  ];
  for (const [p, df, want] of cases)
    it(`qt(${p}, ${df})`, () => expect(rel(qt(p, df), want)).toBeLessThanOrEqual(1e-13));
  it('qt(p, Inf) is qnorm(p)', () => expect(qt(0.975, Number.POSITIVE_INFINITY)).toBe(qnorm(0.975)));
  const pcases: [number, number, number][] = [
    [2.1, 14, 0.9728334270125476],
    [-3, 3, 0.028834442811218657],
    [0.5, 1, 0.64758361765043326],
    [-40, 10, 1.1404288715428737e-12],
    [1.96, 1e5, 0.97500071840284919],
  ];
  for (const [t, df, want] of pcases)
    it(`pt(${t}, ${df})`, () => expect(rel(pt(t, df), want)).toBeLessThanOrEqual(1e-13));
  it('far tails with large df', () => {
    expect(rel(pt(-10, 1e6), 7.6393053840891504e-24)).toBeLessThanOrEqual(1e-11);
    expect(rel(pt(-6, 3e5), 9.8771223504051533e-10)).toBeLessThanOrEqual(1e-11);
    expect(rel(pt(-20, 50), 8.2742609737197831e-26)).toBeLessThanOrEqual(1e-12);
  });
});

describe('beta = R qbeta/pbeta', () => {
  const q: [number, number, number, number][] = [
    [0.025, 3.2, 10.5, 0.059295090545221973],
    [0.975, 4.2, 9.5, 0.56382723208031316],
    [0.5, 0.5, 0.5, 0.49999999999999989],
    [1e-6, 2, 3, 0.00040835946020425742],
    [0.999, 50, 60, 0.600759654793936],
    [0.3, 0.1, 7, 5.469698547801322e-7],
  ];
  for (const [p, a, b, want] of q)
    it(`qbeta(${p}, ${a}, ${b})`, () => expect(rel(qbeta(p, a, b), want)).toBeLessThanOrEqual(1e-12));
  const pc: [number, number, number, number][] = [
    [0.3, 3.2, 10.5, 0.74299958950977252],
    [0.9, 0.5, 0.5, 0.79516723530086664],
    [0.45, 50, 60, 0.46423529143060377],
  ];
  for (const [x, a, b, want] of pc)
    it(`pbeta(${x}, ${a}, ${b})`, () => expect(rel(pbeta(x, a, b), want)).toBeLessThanOrEqual(1e-13));
  it('closed forms: Beta(a, 1) and Beta(1, b)', () => {
    expect(rel(qbeta(0.3, 2.5, 1), 0.3 ** (1 / 2.5))).toBeLessThanOrEqual(1e-14);
    expect(rel(qbeta(0.3, 1, 3.7), 1 - 0.7 ** (1 / 3.7))).toBeLessThanOrEqual(1e-14);
  });
});

describe('chi-square = R qchisq/pchisq', () => {
  const q: [number, number, number][] = [
    [0.95, 1, 3.841458820694124],
    [0.95, 10, 18.307038053275146],
    [0.01, 3, 0.11483180189911704],
    [0.999, 100, 149.44925277903869],
    [0.5, 0.7, 0.21473897172368653],
  ];
  for (const [p, df, want] of q)
    it(`qchisq(${p}, ${df})`, () => expect(rel(qchisq(p, df), want)).toBeLessThanOrEqual(1e-13));
  const pc: [number, number, number][] = [
    [3.84, 1, 0.94995647875129474],
    [20, 10, 0.97074731192303887],
    [0.1, 3, 0.0081625762681235229],
  ];
  for (const [x, df, want] of pc)
    it(`pchisq(${x}, ${df})`, () => expect(rel(pchisq(x, df), want)).toBeLessThanOrEqual(1e-13));
  it('qchisq(p, 2) = −2 log(1 − p)', () =>
    expect(rel(qchisq(0.3, 2), -2 * Math.log(0.7))).toBeLessThanOrEqual(1e-14));
});
