// Weighting rules a survey manager notices: empty non-response cells and inconsistent margins are refused with the
// field named; trimming keeps the total; the report shows margins before and after.
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import type { Demographics } from './survey.codes.ts';
import {
  loadCensusMargins,
  nonResponseAdjust,
  parseMargins,
  trimWeights,
  weightSurvey,
} from './weighting.ts';

describe('non-response adjustment', () => {
  it('moves the non-respondents’ weight onto the respondents of their cell', () => {
    const { weights, cells } = nonResponseAdjust([
      { designWeight: 10, responded: true, cell: 'a' },
      { designWeight: 30, responded: false, cell: 'a' },
      { designWeight: 20, responded: true, cell: 'b' },
    ]);
    expect(Array.from(weights)).toEqual([40, 0, 20]);
    expect(cells).toEqual([
      { cell: 'a', sampled: 2, responded: 1, rate: 0.25, factor: 4 },
      { cell: 'b', sampled: 1, responded: 1, rate: 1, factor: 1 },
    ]);
  });

  it('names a cell without respondents', () => {
    expect(() => nonResponseAdjust([{ designWeight: 1, responded: false, cell: '211122/rural' }])).toThrow(
      expect.objectContaining({ code: 'survey.nonresponse_cell_empty', details: { cell: '211122/rural' } }),
    );
  });
});

describe('census margins', () => {
  it('ships Panjin’s margins marked illustrative, every variable adding up to the same population', () => {
    const m = loadCensusMargins();
    expect(m.illustrative).toBe(true);
    expect(m.notice).toContain('示意数据');
    expect(Object.keys(m.margins.district)).toEqual(['211102', '211103', '211104', '211122']);
  });

  it('refuses margins whose totals differ or whose codes are unknown, naming the field', () => {
    const m = structuredClone(loadCensusMargins());
    m.margins.sex.male += 1000;
    (m.margins.education as Record<string, number>).college = 0;
    try {
      parseMargins(m);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('survey.margins_invalid');
      expect(
        ((e as DomainError).details.issues as { path: string; code: string }[]).map((i) => [i.path, i.code]),
      ).toEqual([
        ['margins.education.college', 'survey.unknown_option'],
        ['margins.sex', 'survey.margins_totals_differ'],
      ]);
    }
  });
});

describe('trimming', () => {
  it('caps weights and shares the excess equally among the others, keeping the total (R trimWeights)', () => {
    const { weights, trimmed } = trimWeights(Float64Array.of(1, 2, 3, 10), 5);
    expect(trimmed).toBe(1);
    expect(Array.from(weights)).toEqual([1 + 5 / 3, 2 + 5 / 3, 3 + 5 / 3, 5]);
  });
});

describe('raking', () => {
  it('refuses, with a code, margins that have a category no respondent is in', () => {
    const person = (i: number): Demographics => ({
      sex: i % 2 ? 'male' : 'female',
      age: 20 + i * 10,
      education: 'tertiary',
      occupation: 'other',
      urbanRural: 'urban',
      district: '211103',
      targetGroup: 'other',
    });
    const respondents = [0, 1, 2, 3].map((i) => ({
      id: `r${i}`,
      stratum: '211103',
      psu: `p${i % 2}`,
      weight: 100,
      literate: i === 0,
      demographics: person(i),
    }));
    expect(() => weightSurvey(respondents, loadCensusMargins())).toThrow(
      expect.objectContaining({ code: 'survey.weighting_failed' }),
    );
  });
});
