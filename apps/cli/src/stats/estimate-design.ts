// Builds the survey design of `stats estimate`: Taylor or replicate, then calibration, then --subset.
import {
  asReplicateDesign,
  calibrate,
  calibrationTotals,
  type Design,
  type Frame,
  marginsFromRows,
  postStratify,
  rake,
  subset,
  svrepdesign,
  svydesign,
} from '@kepu/stats';
import { readMargins, readRepweights, readTotalsFile } from './aux-files.ts';
import type { EstimateData } from './estimate-data.ts';
import type { Calibration, EstimateRequest } from './request-types.ts';
import { UsageError } from './usage-error.ts';

export async function buildDesign(req: EstimateRequest, data: EstimateData): Promise<Design> {
  const d = req.design;
  let design: Design;
  if (req.supplied) {
    for (const [opt, given] of [
      ['--ids', d.ids.length > 0],
      ['--strata', d.strata],
      ['--fpc', d.fpc.length > 0],
      ['--nest', d.nest],
    ] as const) {
      if (given) throw new UsageError(`${opt} does not apply to supplied replicate weights (--repweights)`);
    }
    const s = req.supplied;
    design = svrepdesign(data.frame, {
      repweights: await readRepweights(s.file, data.frame, s.key),
      weights: d.weights ?? (d.probs ? inverse(data.frame, d.probs) : undefined),
      type: s.type,
      scale: s.scale,
      rscales: s.rscales,
      rho: s.fayRho,
      mse: s.mse,
    });
  } else {
    design = svydesign(data.frame, {
      ids: d.ids,
      strata: d.strata,
      fpc: d.fpc,
      weights: d.weights,
      probs: d.probs,
      nest: d.nest,
      lonelyPsu: d.lonelyPsu,
    });
    if (req.build) {
      const b = req.build;
      design = asReplicateDesign(design, {
        type: b.type,
        fayRho: b.fayRho,
        replicates: b.n,
        seed: b.seed,
        mse: b.mse,
      });
    }
  }
  if (req.calibration) design = await calibrated(design, req.calibration, data.frame);
  if (data.subset) design = subset(design, data.subset);
  return design;
}

function inverse(frame: Frame, probs: string): Float64Array {
  const p = frame.columns.get(probs) as Float64Array;
  return p.map((x) => 1 / x);
}

async function calibrated(design: Design, c: Calibration, frame: Frame): Promise<Design> {
  if (c.kind === 'calibrate') {
    const rows = await readTotalsFile(c.totals, '--totals');
    for (const r of rows) {
      if (r.variable !== '(Intercept)' && !frame.columns.has(r.variable)) {
        throw new UsageError(`--totals: ${c.totals} names column '${r.variable}', which is not in the data`);
      }
    }
    return calibrate(design, { ...calibrationTotals(frame, rows), calfun: c.calfun });
  }
  const option = `--${c.kind}`;
  const byVariable = await readMargins(c.margins, c.variables, '--margins');
  const margins = marginsFromRows(
    c.variables.flatMap((v) =>
      [...(byVariable.get(v) as Map<string, number>)].map(([level, total]) => ({
        variable: v,
        level,
        total,
      })),
    ),
  );
  if (c.kind === 'poststratify') {
    if (c.variables.length !== 1) throw new UsageError(`${option}: give one column (use --rake for several)`);
    return postStratify(design, margins[0]);
  }
  return rake(design, margins);
}
