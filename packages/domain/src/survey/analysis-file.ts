// The downloadable analysis file: one row per respondent with design, weights, scores, class and domains (no names,
// no contact, no invitation token), and the margins file it was raked to. With them, svydesign(ids = psu,
// strata = stratum, weights = start_weight) raked to the margins (RAKE_CONTROL) rebuilds the analysis design.
import { RAKING_VARIABLES } from './analysis-frame.ts';
import type { AnalysedRespondent } from './pipeline.ts';
import { ageGroupOf } from './survey.codes.ts';
import type { Instrument } from './survey.instrument.ts';
import type { CensusMargins } from './weighting.ts';

const line = (cells: readonly (string | number)[]) => cells.map(String).join(',');

/** CSV of the analysed respondents; numbers in shortest round-trip form, so a reader gets the same doubles. */
export function analysisFileCsv(instrument: Instrument, respondents: readonly AnalysedRespondent[]): string {
  const dims = instrument.dimensions.map((d) => d.code);
  const header = [
    'id',
    'synthetic',
    'stratum',
    'psu',
    'start_weight',
    'final_weight',
    'total',
    'class',
    'literate',
    ...dims.map((d) => `score_${d}`),
    'district',
    'sex',
    'age',
    'ageGroup',
    'urbanRural',
    'education',
    'occupation',
    'targetGroup',
  ];
  const rows = respondents.map((r) => {
    const d = r.demographics;
    const byDim = new Map(r.score.dimensions.map((s) => [s.dimension, s.score]));
    return line([
      r.id,
      r.synthetic ? 'TRUE' : 'FALSE',
      r.stratum,
      r.psu,
      r.startWeight,
      r.finalWeight,
      r.score.total,
      r.score.class,
      r.literate ? 1 : 0,
      ...dims.map((c) => byDim.get(c) ?? ''),
      d.district,
      d.sex,
      d.age,
      ageGroupOf(d.age),
      d.urbanRural,
      d.education,
      d.occupation,
      d.targetGroup,
    ]);
  });
  return `${[line(header), ...rows].join('\n')}\n`;
}

/** The margins as `variable,level,total` rows (the `--margins` file of `kepu stats estimate`), in raking order. */
export function marginsCsv(census: CensusMargins): string {
  const rows = RAKING_VARIABLES.flatMap((v) =>
    Object.entries(census.margins[v]).map(([level, total]) => line([v, level, total])),
  );
  return `${['variable,level,total', ...rows].join('\n')}\n`;
}
