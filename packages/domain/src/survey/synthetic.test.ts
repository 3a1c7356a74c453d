// The synthetic Panjin survey: reproducible, marked synthetic, the four districts, and the national pattern.
import { describe, expect, it } from 'vitest';
import { analyseSurvey } from './pipeline.ts';
import { loadDefaultInstrument } from './survey.instrument.ts';
import { surveyRecords, syntheticSurvey } from './synthetic.ts';
import { loadCensusMargins } from './weighting.ts';

const instrument = loadDefaultInstrument();
const survey = syntheticSurvey(instrument, { seed: 2026 });

describe('the synthetic survey', () => {
  it('is the same for the same seed and marks every record synthetic', () => {
    expect(syntheticSurvey(instrument, { seed: 2026 }).records.slice(0, 50)).toEqual(
      survey.records.slice(0, 50),
    );
    expect(survey.synthetic).toBe(true);
    expect(survey.records.every((r) => r.synthetic)).toBe(true);
  });

  it('completes about 4,000 interviews over the four districts, with non-response', () => {
    const done = survey.records.filter((r) => r.responded);
    expect(done.length).toBeGreaterThan(3700);
    expect(done.length).toBeLessThan(4300);
    expect(new Set(done.map((r) => r.district))).toEqual(new Set(['211102', '211103', '211104', '211122']));
    expect(survey.records.length - done.length).toBeGreaterThan(500);
  });

  it('shows the national pattern after weighting: falls with age, rises with education, higher in towns', () => {
    const { estimates } = analyseSurvey(instrument, surveyRecords(survey), loadCensusMargins());
    const est = (v: string, l: string) =>
      estimates.domains.find((c) => c.variable === v && c.level === l)?.estimate ?? Number.NaN;
    expect(est('ageGroup', '18-29')).toBeGreaterThan(est('ageGroup', '40-49'));
    expect(est('ageGroup', '40-49')).toBeGreaterThan(est('ageGroup', '60-69'));
    expect(est('education', 'tertiary')).toBeGreaterThan(est('education', 'senior_secondary'));
    expect(est('education', 'senior_secondary')).toBeGreaterThan(est('education', 'junior_secondary'));
    expect(estimates.gaps.urbanRural.ci[0]).toBeGreaterThan(0);
    expect(estimates.overall.estimate).toBeGreaterThan(0.1);
    expect(estimates.overall.estimate).toBeLessThan(0.25);
  });
});
