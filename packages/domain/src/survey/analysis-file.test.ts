// The analysis file and the margins file rebuild the analysis design: read back as a CSV reader reads them,
// raked again, they give every published figure exactly.
import { makeFrame, marginsFromRows, parseCsv, rakeDetailed, svydesign } from '@kepu/stats';
import { describe, expect, it } from 'vitest';
import { analysisFileCsv, marginsCsv } from './analysis-file.ts';
import { estimateLiteracy } from './estimation.ts';
import { analyseSurvey } from './pipeline.ts';
import { loadDefaultInstrument } from './survey.instrument.ts';
import { surveyRecords, syntheticSurvey } from './synthetic.ts';
import { loadCensusMargins, RAKE_CONTROL } from './weighting.ts';

const instrument = loadDefaultInstrument();
const census = loadCensusMargins();
const analysis = analyseSurvey(
  instrument,
  surveyRecords(syntheticSurvey(instrument, { seed: 5, respondents: 1200 })),
  census,
  {
    weighting: { trimCap: 2.5 },
  },
);
const file = analysisFileCsv(instrument, analysis.respondents);

describe('the analysis file', () => {
  it('has one row per respondent, marked synthetic, with no token or name column', () => {
    const [header, ...rows] = file.trim().split('\n');
    expect(rows).toHaveLength(analysis.respondents.length);
    expect(header).toBe(
      'id,synthetic,stratum,psu,start_weight,final_weight,total,class,literate,score_knowledge,score_method,score_spirit,score_application,district,sex,age,ageGroup,urbanRural,education,occupation,targetGroup',
    );
    expect(rows.every((r) => r.split(',')[1] === 'TRUE')).toBe(true);
  });

  it('re-raked from its start weights to the margins file, reproduces every figure exactly', () => {
    const data = parseCsv(new TextEncoder().encode(file), 'analysis.csv');
    const frame = makeFrame(data.columns);
    const m = parseCsv(new TextEncoder().encode(marginsCsv(census)), 'margins.csv');
    const col = (n: string) => Array.from(m.columns.get(n) as ArrayLike<unknown>);
    const rows = col('variable').map((v, i) => ({
      variable: v as string,
      level: String(col('level')[i]),
      total: col('total')[i] as number,
    }));
    const start = svydesign(frame, { ids: ['psu'], strata: 'stratum', weights: 'start_weight' });
    const { design } = rakeDetailed(start, marginsFromRows(rows), RAKE_CONTROL);
    const again = estimateLiteracy(design);
    expect(again.overall).toEqual(analysis.estimates.overall);
    expect(again.domains).toEqual(analysis.estimates.domains);
    expect(again.gaps).toEqual(analysis.estimates.gaps);
    expect(Array.from(design.weights)).toEqual(analysis.respondents.map((r) => r.finalWeight));
  });
});
