// The synthetic survey as the flat file R reads: one row per sampled person (non-respondents with empty answers),
// scored under the instrument's rule. Used by make-fixture.ts and by the test that the committed file is current.

import { makeScorer } from '../../src/survey/scoring.ts';
import { ageGroupOf } from '../../src/survey/survey.codes.ts';
import type { Instrument } from '../../src/survey/survey.instrument.ts';
import { type SyntheticSurvey, surveyRecords } from '../../src/survey/synthetic.ts';

export const FIXTURE_SEED = 2026;
export const FIXTURE_RESPONDENTS = 3000;

const HEADER = [
  'id',
  'synthetic',
  'stratum',
  'psu',
  'cell',
  'responded',
  'design_weight',
  'district',
  'sex',
  'age_group',
  'urban_rural',
  'education',
  'occupation',
  'target_group',
  'total',
  'literate',
];

export function syntheticCsv(instrument: Instrument, survey: SyntheticSurvey): string {
  const score = makeScorer(instrument);
  const lines = [HEADER.join(',')];
  for (const r of surveyRecords(survey)) {
    const d = r.demographics;
    const s = r.answers ? score(r.answers) : null;
    lines.push(
      [
        r.id,
        'TRUE',
        r.stratum,
        r.psu,
        r.cell,
        r.responded ? 1 : 0,
        r.designWeight.toPrecision(17),
        d?.district ?? '',
        d?.sex ?? '',
        d ? ageGroupOf(d.age) : '',
        d?.urbanRural ?? '',
        d?.education ?? '',
        d?.occupation ?? '',
        d?.targetGroup ?? '',
        s ? s.total : '',
        s ? (s.literate ? 1 : 0) : '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
