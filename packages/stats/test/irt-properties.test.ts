// IRT checks derived from the model itself: score equations vanish at the optimum, the log-likelihood is a maximum,
// Oakes SEs equal the curvature of the log-likelihood, EAP/MAP are the posterior mean/mode, and simulated data
// recover their true parameters within their standard errors.
import { describe, expect, it } from 'vitest';
import { fitIrt, type IrtData, type IrtFit, type IrtModel } from '../src/index.ts';
import { type EmContext, expectedCounts } from '../src/irt/em.ts';
import { itemParamCount } from '../src/irt/item-model.ts';
import { responsePatterns } from '../src/irt/patterns.ts';
import { quadratureNodes } from '../src/irt/quadrature.ts';
import { scoreVector } from '../src/irt/standard-errors.ts';
import { csvRows, irtData } from './helpers/irt-data.ts';

const lsat = irtData('lsat7/lsat7_patterns.csv');
const logit = (p: number) => Math.log(p / (1 - p));

/** The fitted parameters as the packed vector of the EM (item slices, then σ² for Rasch). */
function packed(fit: IrtFit): Float64Array {
  const np = itemParamCount(fit.model);
  const v = new Float64Array(fit.items.length * np + (fit.model === 'rasch' ? 1 : 0));
  fit.items.forEach((it, j) => {
    const slice =
      fit.model === 'rasch' ? [it.d] : fit.model === '2PL' ? [it.a1, it.d] : [it.a1, it.d, logit(it.g)];
    v.set(slice, j * np);
  });
  if (fit.model === 'rasch') v[v.length - 1] = fit.latentVariance as number;
  return v;
}

const context = (data: IrtData, model: IrtModel, prior?: { alpha: number; beta: number }): EmContext => ({
  model,
  data: responsePatterns(data.items, data.names, data.freq),
  theta: quadratureNodes(61),
  ...(prior ? { prior } : {}),
});

describe.each([
  ['rasch', undefined],
  ['2PL', undefined],
  ['3PL', { alpha: 5, beta: 17 }],
] as const)('LSAT7 %s at the optimum', (model, prior) => {
  const fit = fitIrt(lsat, { model, tol: 1e-9, ...(prior ? { guessPrior: prior } : {}) });
  const ctx = context(lsat, model, prior);
  const v = packed(fit);

  it('the score equations vanish (the posterior’s with a prior)', () => {
    const score = scoreVector(ctx, v);
    const items = model === 'rasch' ? score.length - 1 : score.length;
    for (let m = 0; m < items; m++) expect(Math.abs(score[m])).toBeLessThan(1e-5);
    // Rasch σ²: mirt's closed-form update σ² = mean E[θ² | x] leaves the normalised-grid score at about 3e-5
    if (model === 'rasch') expect(Math.abs(score[items])).toBeLessThan(1e-4);
  });
});

describe.each(['rasch', '2PL'] as const)('LSAT7 %s likelihood', (model) => {
  const fit = fitIrt(lsat, { model, tol: 1e-9, se: true });
  const ctx = context(lsat, model);
  const v = packed(fit);
  const logLik = (x: Float64Array) => expectedCounts(ctx, x).logLik;

  it('is the maximum: moving any parameter lowers it', () => {
    const at = logLik(v);
    expect(at).toBeCloseTo(fit.logLik, 8);
    for (let m = 0; m < v.length; m++) {
      for (const h of [-1e-3, 1e-3]) {
        const x = Float64Array.from(v);
        x[m] += h;
        expect(logLik(x)).toBeLessThan(at);
      }
    }
  });

  it('gives standard errors equal to those of the inverse second-difference Hessian', () => {
    const p = v.length;
    const h = 1e-4;
    const H: number[][] = Array.from({ length: p }, () => new Array(p).fill(0));
    const f0 = logLik(v);
    const at = (dm: number, dn: number, m: number, n: number) => {
      const x = Float64Array.from(v);
      x[m] += dm;
      x[n] += dn;
      return logLik(x);
    };
    for (let m = 0; m < p; m++) {
      H[m][m] = (at(h, 0, m, m) - 2 * f0 + at(-h, 0, m, m)) / (h * h);
      for (let n = 0; n < m; n++) {
        H[m][n] = H[n][m] =
          (at(h, h, m, n) - at(h, -h, m, n) - at(-h, h, m, n) + at(-h, -h, m, n)) / (4 * h * h);
      }
    }
    const cov = invert(H.map((row) => row.map((e) => -e)));
    const np = itemParamCount(model);
    fit.items.forEach((item, j) => {
      const seD = Math.sqrt(cov[j * np + np - 1][j * np + np - 1]);
      expect(Math.abs((item.se_d as number) - seD) / seD).toBeLessThan(1e-4);
      if (model === '2PL')
        expect(Math.abs((item.se_a1 as number) - Math.sqrt(cov[j * np][j * np]))).toBeLessThan(
          1e-4 * (item.se_a1 as number),
        );
    });
  });
});

/** Gauss–Jordan inverse of a small matrix. */
function invert(a: number[][]): number[][] {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, k) => (k === i ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    [m[c], m[piv]] = [m[piv], m[c]];
    const d = m[c][c];
    for (let k = 0; k < 2 * n; k++) m[c][k] /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c];
      for (let k = 0; k < 2 * n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row) => row.slice(n));
}

describe('person scores', () => {
  const rasch = fitIrt(lsat, { model: 'rasch', tol: 1e-9, scores: 'eap' });
  const raschMap = fitIrt(lsat, { model: 'rasch', tol: 1e-9, scores: 'map' });
  const sumScore = (row: number) => lsat.items.reduce((s, col) => s + col[row - 1], 0);

  it('give one score per input row (per pattern for a pattern file)', () => {
    expect(rasch.scores).toHaveLength(32);
    expect(fitIrt(irtData('lsat7/lsat7.csv'), { model: '2PL', scores: 'eap' }).scores).toHaveLength(1000);
  });

  it('Rasch: patterns with the same number correct get the same EAP and MAP, rising with the number correct', () => {
    for (const scores of [rasch.scores, raschMap.scores]) {
      const byTotal = new Map<number, number>();
      for (const s of scores ?? []) {
        const t = sumScore(s.row);
        if (byTotal.has(t)) expect(s.theta).toBeCloseTo(byTotal.get(t) as number, 9);
        else byTotal.set(t, s.theta);
      }
      const ordered = [...byTotal.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
      for (let t = 1; t < ordered.length; t++) expect(ordered[t]).toBeGreaterThan(ordered[t - 1]);
    }
  });

  it('EAP: at the EM fixed point the mean of EAP² + SE² over respondents is the estimated latent variance', () => {
    const scores = rasch.scores ?? [];
    const f = lsat.freq as Float64Array;
    const m2 = scores.reduce((s, e) => s + f[e.row - 1] * (e.theta ** 2 + e.se ** 2), 0) / 1000;
    expect(m2).toBeCloseTo(rasch.latentVariance as number, 7);
    const mean = scores.reduce((s, e) => s + f[e.row - 1] * e.theta, 0) / 1000;
    expect(Math.abs(mean)).toBeLessThan(0.05);
  });

  it('MAP: the log-posterior has zero slope at the mode and its curvature gives the SE', () => {
    const fit = fitIrt(lsat, { model: '2PL', tol: 1e-9, scores: 'map' });
    const logPost = (row: number, t: number) =>
      fit.items.reduce(
        (s, it, j) => {
          const p = 1 / (1 + Math.exp(-(it.a1 * t + it.d)));
          return s + (lsat.items[j][row - 1] === 1 ? Math.log(p) : Math.log(1 - p));
        },
        (-t * t) / 2,
      );
    for (const s of fit.scores ?? []) {
      const h = 1e-4;
      const slope = (logPost(s.row, s.theta + h) - logPost(s.row, s.theta - h)) / (2 * h);
      const curve =
        (logPost(s.row, s.theta + h) - 2 * logPost(s.row, s.theta) + logPost(s.row, s.theta - h)) / (h * h);
      expect(Math.abs(slope)).toBeLessThan(1e-6);
      expect(s.se).toBeCloseTo(1 / Math.sqrt(-curve), 4);
    }
  });
});

describe('simulated sets (20 items × 5000) recover their true parameters', () => {
  it('2PL: every a and d within 3.5 SE of the truth', () => {
    const fit = fitIrt(irtData('irt-sim/sim2pl_J20_N5000.csv'), { model: '2PL', tol: 1e-6, se: true });
    const truth = csvRows('irt-sim/sim2pl_true_params.csv');
    fit.items.forEach((it, j) => {
      expect(it.item).toBe(truth[j].item);
      expect(Math.abs(it.a1 - Number(truth[j].a)) / (it.se_a1 as number)).toBeLessThan(3.5);
      expect(Math.abs(it.d - Number(truth[j].d)) / (it.se_d as number)).toBeLessThan(3.5);
    });
  });

  it('3PL with a Beta(5, 17) prior on g: every g within 3.5 SE of the truth, slopes and difficulties close', () => {
    const fit = fitIrt(irtData('irt-sim/sim3pl_J20_N5000.csv'), {
      model: '3PL',
      guessPrior: { alpha: 5, beta: 17 },
      tol: 1e-5,
      se: true,
    });
    expect(fit.converged).toBe(true);
    const truth = csvRows('irt-sim/sim3pl_true_params.csv');
    let slopeErr = 0;
    fit.items.forEach((it, j) => {
      const t = truth[j];
      expect(Math.abs(it.g - Number(t.g)) / (it.se_g as number)).toBeLessThan(3.5);
      const dTrue = -Number(t.a) * Number(t.b);
      expect(Math.abs(it.a1 - Number(t.a)) / (it.se_a1 as number)).toBeLessThan(3.5);
      expect(Math.abs(it.d - dTrue) / (it.se_d as number)).toBeLessThan(3.5);
      slopeErr += Math.abs(it.a1 - Number(t.a));
    });
    expect(slopeErr / 20).toBeLessThan(0.25);
  });
});

describe('marginal log-likelihood', () => {
  /** Σ_i f_i log Σ_k w_k Π_{j answered} P_jk^x (1 − P_jk)^(1−x), by brute force over the 61-node grid. */
  function bruteLogLik(data: IrtData, fit: IrtFit): number {
    const theta = quadratureNodes(61);
    const w = theta.map((t) => Math.exp((-t * t) / 2));
    const wsum = w.reduce((s, e) => s + e, 0);
    let total = 0;
    for (let r = 0; r < data.items[0].length; r++) {
      let like = 0;
      theta.forEach((t, k) => {
        let l = w[k] / wsum;
        fit.items.forEach((it, j) => {
          const x = data.items[j][r];
          if (Number.isNaN(x)) return;
          const p = it.g + (1 - it.g) / (1 + Math.exp(-(it.a1 * t + it.d)));
          l *= x === 1 ? p : 1 - p;
        });
        like += l;
      });
      total += (data.freq ? data.freq[r] : 1) * Math.log(like);
    }
    return total;
  }

  it('equals the brute-force sum over the grid, with answers missing and with 20 items (three 8-item codes)', () => {
    const full = irtData('lsat7/lsat7.csv');
    // every 7th answer not given
    const holes: IrtData = {
      names: full.names,
      items: full.items.map((col, j) => col.map((x, r) => ((r * 5 + j) % 7 === 0 ? Number.NaN : x))),
    };
    const fit = fitIrt(holes, { model: '2PL', tol: 1e-8 });
    expect(fit.logLik).toBeCloseTo(bruteLogLik(holes, fit), 8);
    expect(scoreVector(context(holes, '2PL'), packed(fit)).every((s) => Math.abs(s) < 1e-5)).toBe(true);
    // percent correct counts only those who answered
    const answered = Array.from(holes.items[0]).filter((x) => !Number.isNaN(x));
    expect(fit.items[0].percentCorrect).toBeCloseTo(
      (100 * answered.filter((x) => x === 1).length) / answered.length,
      10,
    );

    const sim = irtData('irt-sim/sim3pl_J20_N5000.csv');
    const sim3 = fitIrt(sim, { model: '3PL', guessPrior: { alpha: 5, beta: 17 }, tol: 1e-3 });
    expect(sim3.logLik).toBeCloseTo(bruteLogLik(sim, sim3), 6);
  });
});
