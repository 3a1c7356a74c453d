import { describe, expect, it } from 'vitest';
import { progressStatus } from './ind.progress.ts';
import type { IndTarget } from './ind.records.ts';
import { observedSeries, targetsProgress } from './targets.view.ts';

describe('progress status by the compound-growth ratio method', () => {
  it('literacy 9.7% (2020) → 12.0% (2023) against >15% by 2025 needs acceleration', () => {
    // actual   = (12.0 / 9.7)^(1/3) − 1 = 1.237113^(0.3333) − 1 = 0.07350
    // required = (15 / 9.7)^(1/5) − 1   = 1.546392^(0.2)    − 1 = 0.09110
    // ratio    = 0.07350 / 0.09110 = 0.8068 → between 0.60 and 0.95
    const r = progressStatus({
      baseline: { year: 2020, value: 9.7 },
      target: { year: 2025, value: 15, direction: 'increase' },
      latest: { year: 2023, value: 12.0 },
    });
    expect(r.actualCagr).toBeCloseTo(0.0735, 4);
    expect(r.requiredCagr).toBeCloseTo(0.0911, 4);
    expect(r.ratio).toBeCloseTo(0.8068, 3);
    expect(r.status).toBe('acceleration_needed');
  });
  it('is on track when growth is at least 95% of what is required', () => {
    // actual = (13.5/9.7)^(1/3) − 1 = 0.11650; ratio = 0.11650 / 0.09110 = 1.279 ≥ 0.95
    const r = progressStatus({
      baseline: { year: 2020, value: 9.7 },
      target: { year: 2025, value: 15, direction: 'increase' },
      latest: { year: 2023, value: 13.5 },
    });
    expect(r.ratio).toBeCloseTo(1.279, 2);
    expect(r.status).toBe('on_track');
  });
  it('shows limited progress below 60% and deterioration when the figure fell', () => {
    // actual = (10.2/9.7)^(1/3) − 1 = 0.01690; ratio = 0.01690 / 0.09110 = 0.1855
    expect(
      progressStatus({
        baseline: { year: 2020, value: 9.7 },
        target: { year: 2025, value: 15, direction: 'increase' },
        latest: { year: 2023, value: 10.2 },
      }).status,
    ).toBe('limited_progress');
    // actual = (9.0/9.7)^(1/3) − 1 = −0.02465 < 0
    expect(
      progressStatus({
        baseline: { year: 2020, value: 9.7 },
        target: { year: 2025, value: 15, direction: 'increase' },
        latest: { year: 2023, value: 9.0 },
      }).status,
    ).toBe('deterioration');
  });
  it('is achieved once the target is reached, and has no data without a later value', () => {
    expect(
      progressStatus({
        baseline: { year: 2020, value: 9.7 },
        target: { year: 2025, value: 15, direction: 'increase' },
        latest: { year: 2024, value: 15.2 },
      }).status,
    ).toBe('achieved');
    expect(
      progressStatus({
        baseline: { year: 2020, value: 9.7 },
        target: { year: 2025, value: 15, direction: 'increase' },
        latest: null,
      }).status,
    ).toBe('no_data');
  });
  it('measures a gap that should narrow towards its natural limit 0', () => {
    // urban–rural gap 7.3 (2020) → 6.0 (2023), target 3.0 by 2025, limit 0: distances are the values themselves
    // actual = (6.0/7.3)^(1/3) − 1 = −0.06329; required = (3.0/7.3)^(1/5) − 1 = −0.16281; ratio = 0.3887
    const r = progressStatus({
      baseline: { year: 2020, value: 7.3 },
      target: { year: 2025, value: 3, direction: 'decrease' },
      latest: { year: 2023, value: 6 },
      naturalLimit: 0,
    });
    expect(r.ratio).toBeCloseTo(0.3887, 3);
    expect(r.status).toBe('limited_progress');
  });
});

describe('a "narrow markedly" target: the baseline gap reduced by the stated share', () => {
  // urban–rural gap 7.3 points in 2020; "markedly" = reduction 0.3 (targets.json), so the implied 2025 target is
  // 7.3 × (1 − 0.3) = 5.11 and required = (5.11 / 7.3)^(1/5) − 1 = 0.7^(0.2) − 1 = −0.06885
  const narrow = (latest: { year: number; value: number } | null, baseline = { year: 2020, value: 7.3 }) =>
    progressStatus({
      baseline,
      target: { year: 2025, value: 0, direction: 'decrease', reduction: 0.3 },
      latest,
      naturalLimit: 0,
    });
  it('needs acceleration at 6.0 in 2023: actual −0.06328, ratio 0.919', () => {
    // actual = (6.0 / 7.3)^(1/3) − 1 = 0.821918^(0.3333) − 1 = −0.06328; ratio = −0.06328 / −0.06885 = 0.9191
    const r = narrow({ year: 2023, value: 6 });
    expect(r.targetValue).toBeCloseTo(5.11, 10);
    expect(r.requiredCagr).toBeCloseTo(-0.06885, 5);
    expect(r.actualCagr).toBeCloseTo(-0.06328, 5);
    expect(r.ratio).toBeCloseTo(0.9191, 4);
    expect(r.status).toBe('acceleration_needed');
  });
  it('is on track at 5.6, limited at 7.0, deteriorating at 7.8, achieved at or below 5.11', () => {
    // 5.6: actual = (5.6/7.3)^(1/3) − 1 = −0.08458; ratio = 1.228 ≥ 0.95
    expect(narrow({ year: 2023, value: 5.6 }).ratio).toBeCloseTo(1.2284, 4);
    expect(narrow({ year: 2023, value: 5.6 }).status).toBe('on_track');
    // 7.0: actual = (7.0/7.3)^(1/3) − 1 = −0.01389; ratio = 0.2018 < 0.60
    expect(narrow({ year: 2023, value: 7 }).ratio).toBeCloseTo(0.2018, 4);
    expect(narrow({ year: 2023, value: 7 }).status).toBe('limited_progress');
    // 7.8: actual = (7.8/7.3)^(1/3) − 1 = +0.02233; ratio = −0.3243 < 0 (the gap widened)
    expect(narrow({ year: 2023, value: 7.8 }).ratio).toBeCloseTo(-0.3243, 4);
    expect(narrow({ year: 2023, value: 7.8 }).status).toBe('deterioration');
    // 5.0 ≤ 5.11: the gap is 31.5% smaller than in 2020, at least the 30% asked
    expect(narrow({ year: 2024, value: 5 }).status).toBe('achieved');
    expect(narrow({ year: 2024, value: 5.2 }).status).not.toBe('achieved');
  });
  it('ignores the stored value and has no data without a later figure', () => {
    const r = narrow(null);
    expect(r.status).toBe('no_data');
    expect(r.targetValue).toBeCloseTo(5.11, 10);
  });
  it('with no gap at the baseline, keeping it closed is achieved and reopening it is deterioration', () => {
    const closed = { year: 2020, value: 0 };
    expect(narrow({ year: 2023, value: 0 }, closed).status).toBe('achieved');
    expect(narrow({ year: 2023, value: 1.2 }, closed).status).toBe('deterioration');
  });
});

describe('once the target year is due the status is achieved or missed', () => {
  const literacy = (latest: { year: number; value: number }, currentYear?: number) =>
    progressStatus({
      baseline: { year: 2020, value: 9.7 },
      target: { year: 2025, value: 15, direction: 'increase', strict: true },
      latest,
      naturalLimit: 100,
      currentYear,
    });
  it('literacy 12.6% in 2025 against >15% by 2025 is missed, not limited progress, and keeps its inputs', () => {
    // the ratio would be ((12.6/9.7)^(1/5) − 1) / ((15/9.7)^(1/5) − 1) = 0.0537 / 0.0911 = 0.59: limited progress
    const r = literacy({ year: 2025, value: 12.6 });
    expect(r.status).toBe('missed');
    expect(r.due).toBe(true);
    expect(r.ratio).toBeNull();
    expect(r.targetValue).toBe(15);
    expect(r.inputs).toMatchObject({
      baseline: { year: 2020, value: 9.7 },
      latest: { year: 2025, value: 12.6 },
      target: { year: 2025, value: 15 },
    });
  });
  it('judges the latest value once the clock is past the target year, even an older one', () => {
    // 12.0 in 2023: in 2024 the ratio 0.8068 says acceleration needed; from 2026 on, 2025 is over and it was missed
    expect(literacy({ year: 2023, value: 12 }, 2024)).toMatchObject({
      status: 'acceleration_needed',
      due: false,
    });
    expect(literacy({ year: 2023, value: 12 }, 2025).status).toBe('acceleration_needed');
    expect(literacy({ year: 2023, value: 12 }, 2026).status).toBe('missed');
    expect(literacy({ year: 2023, value: 15.3 }, 2026).status).toBe('achieved');
  });
  it('respects "more than": exactly 15% is not more than 15%', () => {
    expect(literacy({ year: 2025, value: 15 }).status).toBe('missed');
    expect(literacy({ year: 2025, value: 15.01 }).status).toBe('achieved');
  });
  it('an "at most" target is achieved at or below its value and missed above it', () => {
    const gap = (value: number) =>
      progressStatus({
        baseline: { year: 2020, value: 7.3 },
        target: { year: 2025, value: 3, direction: 'decrease' },
        latest: { year: 2026, value },
        naturalLimit: 0,
      }).status;
    expect(gap(3)).toBe('achieved');
    expect(gap(2.4)).toBe('achieved');
    expect(gap(3.5)).toBe('missed');
  });
  it('a "narrow markedly" target is achieved at or below the implied 5.11 and missed above it', () => {
    const narrow = (value: number) =>
      progressStatus({
        baseline: { year: 2020, value: 7.3 },
        target: { year: 2025, value: 0, direction: 'decrease', reduction: 0.3 },
        latest: { year: 2023, value },
        naturalLimit: 0,
        currentYear: 2026,
      });
    expect(narrow(5).status).toBe('achieved');
    expect(narrow(6).status).toBe('missed');
    expect(narrow(6).targetValue).toBeCloseTo(5.11, 10);
  });
  it('without a baseline a "narrow" target still has no data: there is nothing to narrow from', () => {
    const r = progressStatus({
      baseline: null,
      target: { year: 2025, value: 0, direction: 'decrease', reduction: 0.3 },
      latest: { year: 2026, value: 4 },
      currentYear: 2026,
    });
    expect([r.status, r.targetValue]).toEqual(['no_data', null]);
  });
});

describe('counsellor coverage: a share measured now, against 100% of schools by 2025', () => {
  const counsellors: IndTarget = {
    code: 'K_COUNSELLOR_SCHOOLS',
    zh: '配备科技辅导员的学校比例',
    en: 'Schools with at least one science counsellor',
    unit: '%',
    direction: 'increase',
    naturalLimit: 100,
    baseline: null,
    history: [],
    targets: [{ year: 2025, value: 100, comparator: '=' }],
    source: 'plan',
    overrides: [],
  };
  const coverage = (withCounsellor: number, schools: number, year: number) => {
    const share = [{ area: '211104', schools, withCounsellor, share: (withCounsellor / schools) * 100 }];
    const view = targetsProgress(
      [counsellors],
      observedSeries([], [], share, '211100', year),
      share,
      [],
      year,
    );
    return view.targets[0].targets[0];
  };
  it('19 of 28 schools (67.86%) in 2026 is missed, with the value and its year as inputs, not "no data"', () => {
    const t = coverage(19, 28, 2026);
    expect(t.status).toBe('missed');
    expect(t.computed.inputs).toMatchObject({
      baseline: null,
      latest: { year: 2026 },
      target: { year: 2025, value: 100 },
      currentYear: 2026,
    });
    expect(t.computed.inputs.latest?.value).toBeCloseTo(67.857, 3);
  });
  it('every school with a counsellor is achieved; before 2025 a single measurement meets or has no trend', () => {
    expect(coverage(28, 28, 2026).status).toBe('achieved');
    expect(coverage(28, 28, 2024).status).toBe('achieved');
    expect(coverage(19, 28, 2024).status).toBe('no_data');
  });
});
