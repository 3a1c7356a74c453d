// Taylor-linearisation design construction from a svydesign-like spec (R survey's svydesign()).
import { StatsError } from '../core/errors.ts';
import { type Coded, codeColumn, combineCodes, requireComplete } from '../core/factor.ts';
import {
  type DesignSpec,
  type Frame,
  getColumn,
  type LonelyPsu,
  type PpsSpec,
  type TaylorDesign,
  type TaylorStage,
} from '../core/types.ts';
import { computeDegf } from './degf.ts';
import { applyFpc } from './fpc.ts';
import { ppsJoint, ppsMethod } from './pps.ts';
import { designWeights } from './weights.ts';

const LONELY: LonelyPsu[] = ['fail', 'remove', 'certainty', 'adjust', 'average'];

interface Codes {
  codes: Int32Array;
  n: number;
}

function toList(x: string | string[] | undefined): string[] {
  if (x === undefined) return [];
  return Array.isArray(x) ? x : [x];
}

function coded(frame: Frame, name: string, what: string): Coded {
  const c = codeColumn(getColumn(frame, name));
  requireComplete(c, what, name);
  return c;
}

function combine(a: Codes, b: Codes): Codes & { firstRow: Int32Array } {
  const r = combineCodes(a.codes, a.n, b.codes, b.n);
  return { codes: r.codes, n: r.nLevels, firstRow: r.firstRow };
}

function rowLabel(frame: Frame, column: string, row: number): string {
  const col = getColumn(frame, column);
  const v = col[row];
  return v === null ? 'NA' : String(v);
}

/**
 * Builds a Taylor design like R's `svydesign(ids, strata, fpc, weights | probs, nest)` (survey 4.1):
 * - stage-k clusters are nested in stage k−1 clusters; with `nest` also in strata;
 * - without `nest`, PSUs must be nested in first-stage strata ("Clusters not nested in strata");
 * - strata of stage k > 1 are the stage k−1 clusters (crossed with a stage-k strata column if given);
 * - fpc: all values ≤ 1 are sampling fractions (popsize = n_h / f), otherwise population sizes;
 * - with no weights or probs, the weights are Π_k N_hk / n_hk from the fpc (apiclus2's dclus2);
 * - `pps`: PPS without replacement, the fpc as selection probabilities per cluster (see pps.ts).
 * Weights are stored as 1/prob, as R's weights(design) returns them.
 */
export function svydesign(frame: Frame, spec: DesignSpec = {}): TaylorDesign {
  const n = frame.nrow;
  if (n === 0) throw new StatsError('NO_DATA', 'the data have no rows');
  const lonelyPsu = spec.lonelyPsu ?? 'fail';
  if (!LONELY.includes(lonelyPsu)) {
    throw new StatsError(
      'INVALID_ARGUMENT',
      `lonelyPsu must be one of ${LONELY.join(', ')}, not '${lonelyPsu}'`,
    );
  }
  const nest = spec.nest ?? false;
  const idCols = spec.ids ?? [];
  const strataCols = toList(spec.strata);
  const fpcCols = spec.fpc ?? [];
  const hasStrata = strataCols.length > 0;
  const nStages = Math.max(1, idCols.length);
  if (fpcCols.length > nStages) {
    throw new StatsError(
      'INVALID_ARGUMENT',
      `${fpcCols.length} fpc columns given for a ${nStages}-stage design`,
    );
  }
  const pps = spec.pps === undefined ? null : ppsMethod(spec.pps, nStages);
  if (spec.weights !== undefined && spec.probs !== undefined) {
    throw new StatsError('INVALID_ARGUMENT', "give either 'weights' or 'probs', not both");
  }

  // raw cluster codes per stage
  const raw: Codes[] = [];
  if (idCols.length === 0) {
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = i;
    raw.push({ codes, n });
  } else {
    for (const c of idCols) {
      const k = coded(frame, c, 'cluster id');
      raw.push({ codes: k.codes, n: k.nLevels });
    }
  }
  const strataCoded: Coded[] = strataCols.map((c) => coded(frame, c, 'strata'));
  const ones: Codes = { codes: new Int32Array(n), n: 1 };
  const strataRaw = (k: number): Codes => {
    if (!hasStrata) return ones;
    const c = strataCoded[Math.min(k, strataCoded.length - 1)];
    return { codes: c.codes, n: c.nLevels };
  };

  if (raw[0].n === 1 && !(nest && hasStrata)) {
    throw new StatsError('ONE_PSU', 'the design has only one primary sampling unit');
  }

  // nest clusters in previous stages (always) and in strata (nest = TRUE)
  const ids: Codes[] = [raw[0]];
  for (let k = 1; k < nStages; k++) ids.push(combine(ids[k - 1], raw[k]));
  if (nest && hasStrata) {
    let strataPrefix: Codes = strataRaw(0);
    for (let k = 0; k < nStages; k++) {
      if (k > 0 && k < strataCoded.length) strataPrefix = combine(strataPrefix, strataRaw(k));
      ids[k] = combine(strataPrefix, ids[k]);
    }
  }

  // PSUs must lie in one first-stage stratum unless nest = TRUE
  if (hasStrata && !nest) {
    const s = strataRaw(0).codes;
    const seen = new Int32Array(ids[0].n).fill(-1);
    const c = ids[0].codes;
    for (let i = 0; i < n; i++) {
      const prev = seen[c[i]];
      if (prev < 0) seen[c[i]] = s[i];
      else if (prev !== s[i]) {
        throw new StatsError(
          'NOT_NESTED',
          `clusters are not nested in strata at the first stage: cluster '${rowLabel(frame, idCols[0], i)}' lies in several strata of '${strataCols[0]}'; you may want nest: true`,
          { row: i + 1 },
        );
      }
    }
  }

  // strata per stage; clusters coded within their stratum
  const stages: TaylorStage[] = [];
  for (let k = 0; k < nStages; k++) {
    const st = k === 0 ? strataRaw(0) : combine(strataRaw(k), ids[k - 1]);
    const stFirst = k === 0 ? null : (st as Codes & { firstRow: Int32Array }).firstRow;
    const cl = combine(st, ids[k]);
    const clusterStratum = new Int32Array(cl.n);
    for (let c = 0; c < cl.n; c++) clusterStratum[c] = st.codes[cl.firstRow[c]];
    const sampleSize = new Float64Array(st.n);
    for (let c = 0; c < cl.n; c++) sampleSize[clusterStratum[c]] += 1;
    let strataLabels: string[];
    let strataParent: Int32Array | undefined;
    let clusterParent: Int32Array | undefined;
    if (k > 0) {
      clusterParent = new Int32Array(cl.n);
      const parentCodes = stages[k - 1].cluster;
      for (let c = 0; c < cl.n; c++) clusterParent[c] = parentCodes[cl.firstRow[c]];
    }
    if (k === 0) {
      strataLabels = hasStrata ? strataCoded[0].labels.slice() : ['1'];
    } else {
      strataParent = new Int32Array(st.n);
      strataLabels = new Array<string>(st.n);
      const parentCodes = stages[k - 1].cluster;
      for (let h = 0; h < st.n; h++) {
        const r = (stFirst as Int32Array)[h];
        strataParent[h] = parentCodes[r];
        const within =
          idCols.length > k - 1 ? `${idCols[k - 1]}=${rowLabel(frame, idCols[k - 1], r)}` : `row ${r + 1}`;
        strataLabels[h] =
          hasStrata && strataCols.length > k ? `${rowLabel(frame, strataCols[k], r)} in ${within}` : within;
      }
    }
    stages.push({
      strata: st.codes,
      nStrata: st.n,
      cluster: cl.codes,
      nClusters: cl.n,
      clusterStratum,
      sampleSize,
      popSize: null,
      strataParent,
      clusterParent,
      strataLabels,
    });
  }

  // finite population corrections (sets each stage's popSize), then weights as 1/prob
  applyFpc(frame, fpcCols, stages, pps !== null);
  const weights = designWeights(frame, spec, stages, fpcCols.length);

  const design: TaylorDesign = {
    kind: 'taylor',
    frame,
    nrow: n,
    weights,
    subset: null,
    stages,
    strataLabels: stages[0].strataLabels ?? [],
    hasStrata,
    fpcStages: fpcCols.length,
    lonelyPsu,
    calibrations: [],
    degf: 0,
    spec: { ...spec },
  };
  design.degf = computeDegf(design);
  if (pps === 'overton' || pps === 'HR') design.ppsJoint = ppsJoint(design, pps, spec.pps as PpsSpec);
  return design;
}
