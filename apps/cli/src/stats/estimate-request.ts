// Turns the raw options of `stats estimate` into a checked request, naming the option at fault.
import { calibration } from './request-calibration.ts';
import { builtReplicates, suppliedReplicates } from './request-replicates.ts';
import { statistic } from './request-statistic.ts';
import type { EstimateRequest, RawOptions } from './request-types.ts';
import { expr, list, number } from './request-values.ts';
import { UsageError } from './usage-error.ts';

function pps(s: (k: string) => string | undefined): Pick<EstimateRequest['design'], 'pps' | 'ppsPsum'> {
  const method = s('pps') as EstimateRequest['design']['pps'];
  const psum = number(s('ppsPsum'), '--pps-psum', (x) => x >= 0, 'a number ≥ 0');
  if (psum !== undefined && method !== 'HR') throw new UsageError('--pps-psum goes with --pps HR');
  if (
    method !== undefined &&
    s('fpc') === undefined &&
    s('probs') === undefined &&
    s('weights') === undefined
  )
    throw new UsageError(`--pps ${method} needs the selection probabilities: --fpc (or --probs)`);
  return { pps: method, ppsPsum: psum };
}

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
      ...pps(s),
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
