// The yearly path implied by consecutive literacy targets, assuming constant compound growth between them.

import type { OutlineTarget } from './outline.schema.ts';
import { LITERACY_SHARE } from './outline-targets.ts';

export interface TrajectoryPoint {
  year: number;
  value: number;
}

/** Constant yearly growth rate taking v0 to v1 in `years` years: (v1/v0)^(1/years) − 1. */
export function compoundAnnualGrowthRate(v0: number, v1: number, years: number): number {
  return (v1 / v0) ** (1 / years) - 1;
}

/**
 * One point per year from the first to the last target of an indicator:
 * value_t = v0 · (v1/v0)^((t − t0)/(t1 − t0)) between consecutive anchors (t0, v0) and (t1, v1).
 * Where a year has both a baseline and a target, the observed baseline is the anchor. If either
 * anchor is ≤ 0 compound growth is undefined and that stretch is interpolated linearly.
 */
export function targetTrajectory(
  targets: readonly OutlineTarget[],
  indicator: string = LITERACY_SHARE,
): TrajectoryPoint[] {
  const byYear = new Map<number, number>();
  for (const t of [...targets]
    .filter((t) => t.indicator === indicator)
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'baseline' ? -1 : 1))) {
    if (!byYear.has(t.year)) byYear.set(t.year, t.value);
  }
  const anchors = [...byYear.entries()].sort((a, b) => a[0] - b[0]);
  const points: TrajectoryPoint[] = anchors.length ? [{ year: anchors[0][0], value: anchors[0][1] }] : [];
  for (let k = 1; k < anchors.length; k++) {
    const [t0, v0] = anchors[k - 1];
    const [t1, v1] = anchors[k];
    for (let t = t0 + 1; t < t1; t++) {
      const f = (t - t0) / (t1 - t0);
      points.push({ year: t, value: v0 > 0 && v1 > 0 ? v0 * (v1 / v0) ** f : v0 + (v1 - v0) * f });
    }
    points.push({ year: t1, value: v1 });
  }
  return points;
}
