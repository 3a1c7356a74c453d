// The respondent-level analysis file as columns: design (stratum, PSU, weight), the literacy outcome and the domains.
// Weighting and estimation both read this frame; the exported analysis file has the same columns.
import { type Frame, makeFrame } from '@kepu/stats';
import { ageGroupOf, type Demographics } from './survey.codes.ts';

/** One respondent as analysis needs them: no names, no contact, no token. */
export interface AnalysisRespondent {
  id: string;
  stratum: string;
  psu: string;
  /** Weight before raking (design weight after the non-response adjustment). */
  weight: number;
  literate: boolean;
  demographics: Demographics;
  synthetic?: boolean;
}

/** Raking variables (the census margins) and the domains literacy is estimated for, as frame column names. */
export const RAKING_VARIABLES = ['district', 'sex', 'ageGroup', 'urbanRural', 'education'] as const;
export type RakingVariable = (typeof RAKING_VARIABLES)[number];
export const DOMAIN_VARIABLES = [...RAKING_VARIABLES, 'occupation', 'targetGroup'] as const;
export type DomainVariable = (typeof DOMAIN_VARIABLES)[number];

export function domainValue(d: Demographics, v: DomainVariable): string {
  return v === 'ageGroup' ? ageGroupOf(d.age) : d[v];
}

/** Columns: id, stratum, psu, weight, literate (0/1) and the seven domain variables. */
export function analysisFrame(rows: readonly AnalysisRespondent[]): Frame {
  const literate = new Float64Array(rows.length);
  const weight = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    literate[i] = r.literate ? 1 : 0;
    weight[i] = r.weight;
  });
  const columns: Record<string, Float64Array | (string | null)[]> = {
    id: rows.map((r) => r.id),
    stratum: rows.map((r) => r.stratum),
    psu: rows.map((r) => r.psu),
    weight,
    literate,
  };
  for (const v of DOMAIN_VARIABLES) columns[v] = rows.map((r) => domainValue(r.demographics, v));
  return makeFrame(columns);
}
