// The suppression rule as data, and the change since the last survey.
import { describe, expect, it } from 'vitest';
import { changeSince, estimateLiteracy } from './estimation.ts';
import { analyseSurvey } from './pipeline.ts';
import { loadDefaultInstrument } from './survey.instrument.ts';
import { surveyRecords, syntheticSurvey } from './synthetic.ts';
import { loadCensusMargins, weightSurvey } from './weighting.ts';

describe('change since the last survey', () => {
  it('is the difference with SE √(se₁² + se₀²), significant when p < 0.05', () => {
    const c = changeSince({ estimate: 0.152, se: 0.006 }, { estimate: 0.097, se: 0.008 });
    expect(c.difference).toBeCloseTo(0.055, 12);
    expect(c.se).toBeCloseTo(0.01, 12);
    expect(c.z).toBeCloseTo(5.5, 9);
    expect(c.ci[0]).toBeCloseTo(0.055 - 1.959963984540054 * 0.01, 9);
    expect(c.significant).toBe(true);
    expect(changeSince({ estimate: 0.11, se: 0.01 }, { estimate: 0.097, se: 0.008 }).significant).toBe(false);
  });
});

describe('the suppression rule', () => {
  const instrument = loadDefaultInstrument();
  const survey = syntheticSurvey(instrument, { seed: 11, respondents: 600 });
  const analysis = analyseSurvey(instrument, surveyRecords(survey), loadCensusMargins());
  const { design } = weightSurvey(analysis.respondents, loadCensusMargins());

  it('suppresses a cell under 30 respondents or with CV over 30 %, keeping n and saying why', () => {
    const small = analysis.estimates.domains.filter((c) => c.n < 30);
    expect(small.length).toBeGreaterThan(0);
    for (const c of small) {
      expect(c.status).toBe('suppressed');
      expect(c.reasons).toContain('small_n');
      expect([c.estimate, c.se, c.ci]).toEqual([null, null, null]);
    }
    for (const c of analysis.estimates.domains.filter((d) => d.status === 'ok'))
      expect((c.se as number) / (c.estimate as number)).toBeLessThanOrEqual(0.3);
  });

  it('flags instead when the rule says so, and a stricter rule catches more cells', () => {
    const flagged = estimateLiteracy(design, { rule: { minN: 30, maxCv: 0.3, action: 'flag' } });
    const suppressed = analysis.estimates.domains.filter((c) => c.status === 'suppressed').length;
    expect(flagged.domains.filter((c) => c.status === 'flagged').length).toBe(suppressed);
    expect(flagged.domains.every((c) => c.estimate !== null)).toBe(true);
    const strict = estimateLiteracy(design, { rule: { minN: 200, maxCv: 0.1, action: 'flag' } });
    expect(strict.domains.filter((c) => c.status === 'flagged').length).toBeGreaterThan(suppressed);
  });

  it('gives the urban–rural gap as urban minus rural, and the district range as highest minus lowest', () => {
    const { gaps, domains } = estimateLiteracy(design, { rule: { minN: 30, maxCv: 0.3, action: 'flag' } });
    const est = (v: string, l: string) =>
      domains.find((c) => c.variable === v && c.level === l)?.estimate as number;
    expect([gaps.urbanRural.minuend, gaps.urbanRural.subtrahend]).toEqual(['urban', 'rural']);
    expect(gaps.urbanRural.difference).toBeCloseTo(
      est('urbanRural', 'urban') - est('urbanRural', 'rural'),
      8,
    );
    const d = domains.filter((c) => c.variable === 'district').map((c) => c.estimate as number);
    expect(gaps.districtRange.difference).toBeCloseTo(Math.max(...d) - Math.min(...d), 8);
    expect(gaps.districtPairs).toHaveLength(6);
  });
});
