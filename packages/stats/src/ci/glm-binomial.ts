// Intercept-only quasibinomial IRLS exactly as R's glm.fit runs it (used by svyciprop logit/likelihood).

const THRESH = 30;
const MTHRESH = -30;
const EPS = 2.220446049250313e-16;
const INVEPS = 1 / EPS;

/** R's logit linkinv (C_logit_linkinv). */
export function logitInv(eta: number): number {
  const t = eta < MTHRESH ? EPS : eta > THRESH ? INVEPS : Math.exp(eta);
  return t / (1 + t);
}

/** R's logit mu.eta (C_logit_mu_eta). */
export function logitMuEta(eta: number): number {
  const opexp = 1 + Math.exp(eta);
  return eta > THRESH || eta < MTHRESH ? EPS : Math.exp(eta) / (opexp * opexp);
}

const yLogY = (y: number, mu: number) => (y !== 0 ? y * Math.log(y / mu) : 0);

/** Binomial deviance Σ 2 w (y log(y/μ) + (1−y) log((1−y)/(1−μ))) at a common μ or per-row μ. */
export function binomialDeviance(y: Float64Array, w: Float64Array, mu: (i: number) => number): number {
  let dev = 0;
  for (let i = 0; i < y.length; i++) {
    if (w[i] === 0) continue;
    const m = mu(i);
    dev += 2 * w[i] * (yLogY(y[i], m) + yLogY(1 - y[i], 1 - m));
  }
  return dev;
}

export interface InterceptFit {
  /** Final coefficient β̂ (glm's coef). */
  beta: number;
  /** Fitted mean expit(β̂). */
  mu: number;
  /** Working weights of the last iteration, per row (glm's $weights; computed before the last update). */
  workingWeights: Float64Array;
  /** Working residuals (y − μ)/μ'(η) at the final fit (glm's $residuals). */
  workingResiduals: Float64Array;
  deviance: number;
}

/**
 * glm.fit(x = 1, y, weights = w, family = quasibinomial()) with R's defaults (epsilon 1e-8,
 * maxit 25): mustart = (w y + 0.5)/(w + 1); each step regresses z = η + (y − μ)/μ'(η) on 1 with
 * weights w μ'(η)²/(μ(1−μ)); stop when |dev − dev_old|/(|dev| + 0.1) < 1e-8.
 */
export function fitInterceptBinomial(y: Float64Array, w: Float64Array): InterceptFit {
  const n = y.length;
  const eta = new Float64Array(n);
  const mu = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const yi = w[i] === 0 ? 0 : y[i];
    const m0 = (w[i] * yi + 0.5) / (w[i] + 1);
    eta[i] = Math.log(m0 / (1 - m0));
    mu[i] = logitInv(eta[i]);
  }
  let devold = binomialDeviance(y, w, (i) => mu[i]);
  const ww = new Float64Array(n);
  let beta = 0;
  let dev = devold;
  for (let iter = 1; iter <= 25; iter++) {
    let swz = 0;
    let sw = 0;
    for (let i = 0; i < n; i++) {
      ww[i] = 0;
      if (!(w[i] > 0)) continue;
      const me = logitMuEta(eta[i]);
      if (me === 0) continue;
      const z = eta[i] + (y[i] - mu[i]) / me;
      const wi = (w[i] * me * me) / (mu[i] * (1 - mu[i]));
      ww[i] = wi;
      swz += wi * z;
      sw += wi;
    }
    beta = swz / sw;
    const m = logitInv(beta);
    for (let i = 0; i < n; i++) {
      eta[i] = beta;
      mu[i] = m;
    }
    dev = binomialDeviance(y, w, () => m);
    if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < 1e-8) break;
    devold = dev;
  }
  const muF = logitInv(beta);
  const me = logitMuEta(beta);
  const workingResiduals = Float64Array.from(y, (yi) => (yi - muF) / me);
  return { beta, mu: muF, workingWeights: ww, workingResiduals, deviance: dev };
}
