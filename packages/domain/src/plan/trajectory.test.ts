import { describe, expect, it } from 'vitest';
import type { OutlineTarget } from './outline.schema.ts';
import { compoundAnnualGrowthRate, targetTrajectory } from './trajectory.ts';

const target = (
  year: number,
  value: number,
  kind: OutlineTarget['kind'],
  comparator: OutlineTarget['comparator'] = '=',
): OutlineTarget => ({ indicator: 'literacy_share', year, value, comparator, kind, unit: '%' });
const panjin = [
  target(2010, 4.13, 'baseline'),
  target(2020, 9.7, 'baseline'),
  target(2025, 15, 'target', '>'),
  target(2035, 25.5, 'target'),
];

describe('targetTrajectory', () => {
  const path = targetTrajectory(panjin);
  const at = (year: number) => path.find((p) => p.year === year)?.value;

  it('has one point per year from 2010 to 2035 and passes through every target', () => {
    expect(path.map((p) => p.year)).toEqual(Array.from({ length: 26 }, (_, i) => 2010 + i));
    expect([at(2010), at(2020), at(2025), at(2035)]).toEqual([4.13, 9.7, 15, 25.5]);
  });

  it('grows at a constant rate between 2020 and 2025', () => {
    // 2021 = 9.7 · (15/9.7)^(1/5) = 9.7 · 1.0910984 = 10.583654 (Python: 9.7*(15/9.7)**(1/5))
    expect(at(2021)).toBeCloseTo(10.583654139743755, 12);
    // 2022 = 9.7 · (15/9.7)^(2/5) = 11.547808
    expect(at(2022)).toBeCloseTo(11.547807726774757, 12);
    expect(compoundAnnualGrowthRate(9.7, 15, 5)).toBeCloseTo(0.09109836492203671, 12);
    const [v20, v21, v22] = [2020, 2021, 2022].map((y) => at(y) ?? Number.NaN);
    expect(v22 / v21).toBeCloseTo(v21 / v20, 12);
  });

  it('follows the same rule on the other stretches', () => {
    // 2011 = 4.13 · (9.7/4.13)^(1/10) = 4.498132
    expect(at(2011)).toBeCloseTo(4.4981322489441125, 12);
    // 2030 = 15 · (25.5/15)^(5/10) = 15 · √1.7 = 19.557607
    expect(at(2030)).toBeCloseTo(15 * Math.sqrt(1.7), 12);
  });

  it('prefers the observed baseline when a year has a target too, and ignores other indicators', () => {
    const mixed = [
      target(2020, 10, 'target'),
      target(2020, 9.7, 'baseline'),
      target(2021, 11, 'target'),
      { ...target(2020, 50, 'baseline'), indicator: 'other' },
    ];
    expect(targetTrajectory(mixed)).toEqual([
      { year: 2020, value: 9.7 },
      { year: 2021, value: 11 },
    ]);
  });

  it('falls back to a straight line where a value is zero', () => {
    expect(targetTrajectory([target(2020, 0, 'baseline'), target(2022, 4, 'target')])).toEqual([
      { year: 2020, value: 0 },
      { year: 2021, value: 2 },
      { year: 2022, value: 4 },
    ]);
  });

  it('returns nothing without targets', () => {
    expect(targetTrajectory([])).toEqual([]);
  });
});
