// The whole chain for one survey: score every respondent, adjust for non-response, rake (and trim), estimate.
// Storage hands in the records; the results are what a run publishes and what the analysis file holds.
import type { AnalysisRespondent } from './analysis-frame.ts';
import { type EstimationOptions, estimateLiteracy, type LiteracyEstimates } from './estimation.ts';
import { type Answers, makeScorer, type RespondentScore } from './scoring.ts';
import type { Demographics } from './survey.codes.ts';
import type { Instrument } from './survey.instrument.ts';
import {
  type CensusMargins,
  type NonResponseCell,
  nonResponseAdjust,
  type WeightingOptions,
  type WeightingReport,
  weightSurvey,
} from './weighting.ts';

/** One sampled person: the design, whether they responded, and (if so) what they answered. */
export interface SurveyRecord {
  id: string;
  stratum: string;
  psu: string;
  designWeight: number;
  responded: boolean;
  /** Non-response adjustment cell (known for non-respondents). */
  cell: string;
  demographics: Demographics | null;
  answers: Answers | null;
  /** 2016 benchmark rule: the items this respondent was given. */
  form?: readonly string[];
  synthetic?: boolean;
}

export interface AnalysedRespondent extends AnalysisRespondent {
  score: RespondentScore;
  /** Final weight after raking (and trimming). */
  finalWeight: number;
  /** The weight the last raking started from (with the margins it rebuilds the analysis design). */
  startWeight: number;
}

export interface SurveyAnalysis {
  respondents: AnalysedRespondent[];
  nonResponse: NonResponseCell[];
  weighting: WeightingReport;
  estimates: LiteracyEstimates;
}

export function analyseSurvey(
  instrument: Instrument,
  records: readonly SurveyRecord[],
  census: CensusMargins,
  options: { weighting?: WeightingOptions; estimation?: EstimationOptions } = {},
): SurveyAnalysis {
  const score = makeScorer(instrument);
  const nr = nonResponseAdjust(records);
  const scored: (AnalysisRespondent & { score: RespondentScore })[] = [];
  records.forEach((r, i) => {
    if (!r.responded || !r.demographics || !r.answers) return;
    const s = score(r.answers, r.form);
    scored.push({
      id: r.id,
      stratum: r.stratum,
      psu: r.psu,
      weight: nr.weights[i] as number,
      literate: s.literate,
      demographics: r.demographics,
      score: s,
      ...(r.synthetic ? { synthetic: true } : {}),
    });
  });
  const w = weightSurvey(scored, census, options.weighting);
  return {
    respondents: scored.map((r, i) => ({
      ...r,
      finalWeight: w.weights[i] as number,
      startWeight: w.startWeights[i] as number,
    })),
    nonResponse: nr.cells,
    weighting: w.report,
    estimates: estimateLiteracy(w.design, options.estimation),
  };
}
