// Stored responses as the analysis pipeline reads them: every submitted response the analyst did not exclude, in its
// PSU's district (the stratum) with the design weight 1 / (PSU probability × within-PSU probability); a response
// outside any PSU is its own cluster in its district.
import type { SurveyRecord } from './pipeline.ts';
import type { Demographics } from './survey.codes.ts';
import type { StoredSurvey, SurveyResponseRecord } from './survey.records.ts';
import type { SurveyDesignInput } from './survey.schemas.ts';

export function pipelineRecords(
  survey: StoredSurvey,
  responses: readonly SurveyResponseRecord[],
): SurveyRecord[] {
  const psus = new Map(((survey.design as SurveyDesignInput | null)?.psus ?? []).map((p) => [p.code, p]));
  return responses
    .filter((r) => r.submittedAt && r.review !== 'excluded')
    .map((r) => {
      const psu = r.psuCode ? psus.get(r.psuCode) : undefined;
      const district = psu?.district ?? String(r.demographics.district);
      const probability = psu ? psu.probability * (psu.withinProbability ?? 1) : 1;
      return {
        id: String(r.id),
        stratum: district,
        psu: psu ? psu.code : `R${r.id}`,
        designWeight: 1 / probability,
        responded: true,
        cell: district,
        demographics: r.demographics as unknown as Demographics,
        answers: r.answers,
        ...(r.synthetic && { synthetic: true }),
      };
    });
}
