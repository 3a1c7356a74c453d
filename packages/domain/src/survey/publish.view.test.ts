// What publishing writes: the literacy values of the city, urban, rural and each district, and the two gaps whose
// values are the differences of the published values, with the survey's SE and interval; suppressed cells left out.
import { describe, expect, it } from 'vitest';
import type { CellEstimate, Difference, LiteracyEstimates } from './estimation.ts';
import { publishedValues } from './publish.view.ts';

const cell = (
  variable: CellEstimate['variable'],
  level: string | null,
  estimate: number | null,
): CellEstimate => ({
  variable,
  level,
  n: 100,
  estimate,
  se: estimate === null ? null : 0.02,
  ci: estimate === null ? null : [estimate - 0.04, estimate + 0.04],
  deff: estimate === null ? null : 1.5,
  cv: estimate === null ? null : 0.02 / estimate,
  df: 10,
  status: estimate === null ? 'suppressed' : 'ok',
  reasons: estimate === null ? ['high_cv'] : [],
});
const diff = (minuend: string, subtrahend: string, difference: number, se: number): Difference => ({
  variable: 'district',
  minuend,
  subtrahend,
  difference,
  se,
  ci: [difference - 1.96 * se, difference + 1.96 * se],
  z: difference / se,
  p: 0.01,
});
const estimates = (lowest: number | null): LiteracyEstimates => ({
  method: 'logit',
  level: 0.95,
  rule: { minN: 30, maxCv: 0.3, action: 'suppress' },
  overall: cell(null, null, 0.15),
  domains: [
    cell('urbanRural', 'urban', 0.2),
    cell('urbanRural', 'rural', 0.1),
    cell('district', 'A', 0.25),
    cell('district', 'B', 0.15),
    cell('district', 'C', lowest),
  ],
  gaps: {
    urbanRural: { ...diff('urban', 'rural', 0.1, 0.03), variable: 'urbanRural' },
    districtRange: diff('A', 'C', 0.2, 0.05),
    districtPairs: [diff('A', 'B', 0.1, 0.04), diff('A', 'C', 0.2, 0.05), diff('B', 'C', 0.1, 0.045)],
  },
});
const source = {
  surveyName: '2025 年调查',
  year: 2025,
  city: 'X',
  districts: ['A', 'B', 'C'],
  instrument: '问卷（第1版）',
};

describe('publishedValues', () => {
  it('writes the city, urban, rural and district values and both gaps, each with SE and interval', () => {
    const values = publishedValues(estimates(0.05), source);
    expect(values.map((v) => `${v.code}/${v.areaCode}/${v.option}`)).toEqual([
      'K_LITERACY/X/',
      'K_LITERACY/X/urban',
      'K_LITERACY/X/rural',
      'K_LITERACY/A/',
      'K_LITERACY/B/',
      'K_LITERACY/C/',
      'K_URBAN_RURAL_GAP/X/',
      'K_DISTRICT_SPREAD/X/',
    ]);
    const spread = values.at(-1);
    // 25 % − 5 %: the highest minus the lowest district, the pair's SE and interval in percentage points
    expect(spread).toMatchObject({ value: 20, se: 5, ciLow: 10.2, ciHigh: 29.8, sourceKind: 'survey' });
    expect(values[6]).toMatchObject({ value: 10, se: 3 });
    expect(values[1]?.citation).toContain('（城镇居民）：有效样本 100 人');
  });

  it('leaves a suppressed district out and spreads between the published ones, with their pair’s SE', () => {
    const values = publishedValues(estimates(null), source);
    expect(values.some((v) => v.areaCode === 'C')).toBe(false);
    expect(values.at(-1)).toMatchObject({ code: 'K_DISTRICT_SPREAD', value: 10, se: 4 });
  });

  it('writes nothing when the city estimate is suppressed', () => {
    expect(publishedValues({ ...estimates(0.05), overall: cell(null, null, null) }, source)).toEqual([]);
  });
});
