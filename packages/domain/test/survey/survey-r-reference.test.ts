// Weighting and domain estimates on the synthetic fixture equal R's survey 4.1-1 (r/survey-reference.R):
// non-response adjustment, raking, trimming with re-rake, and every domain's estimate, SE, interval, deff and df.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisRespondent } from '../../src/survey/analysis-frame.ts';
import { type CellEstimate, domainDifferences, estimateLiteracy } from '../../src/survey/estimation.ts';
import type { Demographics } from '../../src/survey/survey.codes.ts';
import { loadDefaultInstrument } from '../../src/survey/survey.instrument.ts';
import { syntheticSurvey } from '../../src/survey/synthetic.ts';
import { loadCensusMargins, nonResponseAdjust, weightSurvey } from '../../src/survey/weighting.ts';
import { FIXTURE_RESPONDENTS, FIXTURE_SEED, syntheticCsv } from './synthetic-csv.ts';

const csvText = readFileSync(new URL('./fixtures/synthetic-2026.csv', import.meta.url), 'utf8');
const R = JSON.parse(readFileSync(new URL('./fixtures/r-survey-reference.json', import.meta.url), 'utf8'));

const [head, ...lines] = csvText.trim().split('\n');
const names = (head as string).split(',');
const rows = lines.map(
  (l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])) as Record<string, string>,
);

const nr = nonResponseAdjust(
  rows.map((r) => ({
    designWeight: Number(r.design_weight),
    responded: r.responded === '1',
    cell: r.cell as string,
  })),
);
const respondents: AnalysisRespondent[] = rows.flatMap((r, i) =>
  r.responded === '1'
    ? [
        {
          id: r.id as string,
          stratum: r.stratum as string,
          psu: r.psu as string,
          weight: nr.weights[i] as number,
          literate: r.literate === '1',
          demographics: {
            sex: r.sex,
            age: Number((r.age_group as string).slice(0, 2)), // the file carries the group; its first age stands in
            education: r.education,
            occupation: r.occupation,
            urbanRural: r.urban_rural,
            district: r.district,
            targetGroup: r.target_group,
          } as Demographics,
        },
      ]
    : [],
);
const census = loadCensusMargins();

/** |a − b| ≤ tol · max(1, |b|) for every element. */
function close(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++)
    worst = Math.max(
      worst,
      Math.abs((actual[i] as number) - (expected[i] as number)) /
        Math.max(1, Math.abs(expected[i] as number)),
    );
  expect(worst).toBeLessThanOrEqual(tol);
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('the synthetic fixture', () => {
  it('is what the generator makes from its seed (every row marked synthetic)', () => {
    const instrument = loadDefaultInstrument();
    expect(
      syntheticCsv(
        instrument,
        syntheticSurvey(instrument, { seed: FIXTURE_SEED, respondents: FIXTURE_RESPONDENTS }),
      ),
    ).toBe(csvText);
    expect(rows.every((r) => r.synthetic === 'TRUE')).toBe(true);
  });
});

describe('weighting equals R', () => {
  it('adjusts for non-response within cells as R does', () => {
    close(
      nr.weights.filter((_, i) => rows[i]?.responded === '1'),
      R.nrWeights,
      1e-12,
    );
  });

  it('rakes to the census margins as R rake() does (weights within 1e-8)', () => {
    const w = weightSurvey(respondents, census);
    for (let i = 0; i < w.weights.length; i++)
      expect(rel(w.weights[i] as number, R.firstRake[i])).toBeLessThanOrEqual(1e-8);
    for (const m of w.report.margins) expect(rel(m.after, m.population)).toBeLessThan(1e-9);
    expect(w.report.margins.some((m) => rel(m.before, m.population) > 0.01)).toBe(true);
  });

  it('trims at 2 × the mean weight and re-rakes as R trimWeights() and rake() do', () => {
    const w = weightSurvey(respondents, census, { trimCap: R.capMultiple });
    expect(w.report.trim.capValue).toBeCloseTo(R.cap, 8);
    expect(w.report.trim.rounds).toBe(R.trimRounds);
    expect(w.report.trim.trimmed).toBe(R.trimmed);
    for (let i = 0; i < w.weights.length; i++)
      expect(rel(w.weights[i] as number, R.finalWeights[i])).toBeLessThanOrEqual(1e-8);
    expect(rel(w.report.kishDeff, R.kishDeff)).toBeLessThan(1e-10);
    expect(w.report.max).toBeLessThan(R.cap * (1 + 1e-6));
  });
});

describe('estimates equal R', () => {
  const { design } = weightSurvey(respondents, census, { trimCap: R.capMultiple });
  const rule = { minN: 30, maxCv: 0.3, action: 'flag' as const };
  const rName: Record<string, string> = {
    ageGroup: 'age_group',
    urbanRural: 'urban_rural',
    targetGroup: 'target_group',
  };
  const key = (c: CellEstimate) =>
    c.variable === null ? 'overall' : `${rName[c.variable] ?? c.variable}=${c.level}`;

  for (const method of ['logit', 'beta'] as const) {
    it(`overall and in every domain: estimate, SE, ${method} interval, deff, df and n (1e-8)`, () => {
      const e = estimateLiteracy(design, { method, rule });
      const cells = [e.overall, ...e.domains];
      expect(cells.map(key).sort()).toEqual(Object.keys(R.estimates).sort());
      for (const c of cells) {
        const r = R.estimates[key(c)][method];
        expect([key(c), c.n, c.df]).toEqual([key(c), r.n, r.df]);
        expect(rel(c.estimate as number, r.estimate), key(c)).toBeLessThan(1e-8);
        expect(rel(c.se as number, r.se), key(c)).toBeLessThan(1e-8);
        close(c.ci as [number, number], r.ci, 1e-8);
        expect(rel(c.deff as number, r.deff), key(c)).toBeLessThan(1e-8);
      }
      expect(e.domains.filter((c) => c.status === 'flagged').map(key)).toEqual(['education=primary_or_less']);
    });
  }

  it('gives the urban–rural and between-district differences with R svycontrast SEs (1e-8)', () => {
    for (const v of ['urbanRural', 'district'] as const)
      for (const d of domainDifferences(design, v)) {
        const r = R.contrasts[`${rName[v] ?? v}:${d.minuend}-${d.subtrahend}`];
        expect(rel(d.difference, r.difference)).toBeLessThan(1e-8);
        expect(rel(d.se, r.se)).toBeLessThan(1e-8);
      }
  });
});
