// Computes the requested statistic with @kepu/stats and shapes it as rows of the JSON output.
import {
  confint,
  type Design,
  degf,
  type RakeResult,
  svyby,
  svyciprop,
  svymean,
  svyquantile,
  svyratio,
  svytotal,
  svyvar,
} from '@kepu/stats';
import type { EstimateData } from './estimate-data.ts';
import { buildDesign } from './estimate-design.ts';
import type { ByValue, EstimateResult, EstimateRow, RakeReport } from './estimate-result.ts';
import type { EstimateRequest, Statistic } from './request-types.ts';
import { UsageError } from './usage-error.ts';

type Rows = Omit<EstimateRow, 'by'>[];

export async function computeEstimate(req: EstimateRequest, data: EstimateData): Promise<EstimateResult> {
  const s = req.statistic;
  if (req.deff && (s.kind === 'var' || s.kind === 'quantile' || s.kind === 'prop')) {
    throw new UsageError(`--deff is not available for --${s.kind}`);
  }
  const { design, rake } = await buildDesign(req, data);
  const estimates: EstimateRow[] = [];
  if (req.by.length === 0) {
    for (const r of rowsOf(design, req, null)) estimates.push({ by: {}, ...r });
  } else {
    const numericBy = req.by.filter((c) => data.frame.columns.get(c) instanceof Float64Array);
    for (const d of svyby(design, req.by, (mask) => rowsOf(design, req, mask)).domains) {
      const by: Record<string, ByValue> = {};
      for (const c of req.by) by[c] = numericBy.includes(c) ? Number(d.key[c]) : d.key[c];
      for (const r of d.result) estimates.push({ by, ...r });
    }
  }
  const warnings = design.warnings ?? [];
  return {
    statistic: s.kind,
    df: degf(design),
    estimates,
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(rake !== undefined && !rake.converged ? { rake: rakeReport(rake) } : {}),
  };
}

function rakeReport(r: RakeResult<Design>): RakeReport {
  return {
    converged: r.converged,
    iterations: r.iterations,
    warning: r.warning,
    margins: r.margins.map((m) => ({
      variable: m.margin,
      level: m.levels.join(' × '),
      target: m.target,
      achieved: m.achieved,
    })),
  };
}

/** The statistic's rows for the whole (sub)design or one domain. */
function rowsOf(design: Design, req: EstimateRequest, domain: Uint8Array | null): Rows {
  const s: Statistic = req.statistic;
  const opts = { naRm: req.naRm, deff: req.deff, domain };
  switch (s.kind) {
    case 'mean':
    case 'total': {
      const stat = (s.kind === 'mean' ? svymean : svytotal)(design, s.variables, opts);
      const ci = confint(stat, { level: req.level });
      const labels = splitNames(design, s.variables, stat.names);
      return stat.names.map((_, j) => ({
        ...labels[j],
        estimate: stat.estimate[j],
        se: stat.se[j],
        ci: ci[j],
        ...(stat.deff ? { deff: stat.deff[j] } : {}),
      }));
    }
    case 'ratio':
      return s.pairs.map(({ numerator, denominator }) => {
        const stat = svyratio(design, numerator, denominator, opts);
        return {
          variable: `${numerator}/${denominator}`,
          estimate: stat.estimate[0],
          se: stat.se[0],
          ci: confint(stat, { level: req.level })[0],
          ...(stat.deff ? { deff: stat.deff[0] } : {}),
        };
      });
    case 'var': {
      const v = svyvar(design, s.variables, { naRm: req.naRm, domain });
      const single = v.names.length === 1;
      return v.names.flatMap((a, i) =>
        v.names.map((b, j) => ({
          variable: a,
          ...(single ? {} : { level: b }),
          estimate: v.estimate[i][j],
          se: v.se[i][j],
          ci: confint({ estimate: [v.estimate[i][j]], se: [v.se[i][j]] }, { level: req.level })[0],
        })),
      );
    }
    case 'quantile':
      return svyquantile(design, s.variables, s.at, { alpha: 1 - req.level, naRm: req.naRm, domain }).flatMap(
        (q) =>
          q.probs.map((p, k) => ({
            variable: q.variable,
            level: String(p),
            estimate: q.quantile[k],
            se: q.se[k],
            ci: q.ci[k],
          })),
      );
    case 'prop': {
      const method = s.ci === 'wald' ? 'mean' : s.ci;
      const p = svyciprop(design, s.expr.source, { method, level: req.level, naRm: req.naRm, domain });
      return [{ variable: s.expr.source, estimate: p.estimate, se: p.se, ci: p.ci }];
    }
  }
}

/** Splits estimator names back into variable and level (a text column v gives names v + level). */
function splitNames(
  design: Design,
  variables: string[],
  names: string[],
): { variable: string; level?: string }[] {
  const out: { variable: string; level?: string }[] = [];
  let k = 0;
  for (const v of variables) {
    const col = design.frame.columns.get(v);
    if (col instanceof Float64Array) {
      out.push({ variable: v });
      k++;
      continue;
    }
    const nLevels = new Set((col as (string | null)[]).filter((x) => x !== null)).size;
    for (let l = 0; l < nLevels; l++, k++) out.push({ variable: v, level: names[k].slice(v.length) });
  }
  return out;
}
