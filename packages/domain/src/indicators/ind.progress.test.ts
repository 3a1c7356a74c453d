import { describe, expect, it } from 'vitest';
import { progressStatus } from './ind.progress.ts';

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
