// A design as the office enters it: checked with field paths, turned into interviews, issued sample and PSUs.
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { parseDesignPlan, planDesign, selectPsus } from './design-plan.ts';

const input = {
  share: 0.15,
  margin: 0.015,
  deff: 1.5,
  responseRate: 0.8,
  allocation: { method: 'power', exponent: 0.5 },
  perPsu: 25,
  districts: [
    { district: '211102', population: 210_000 },
    { district: '211103', population: 390_000 },
    { district: '211104', population: 220_000 },
    { district: '211122', population: 180_000 },
  ],
};

describe('a design plan', () => {
  it('needs the interviews the precision asks for, spread by power allocation, with PSUs to select', () => {
    const plan = planDesign(parseDesignPlan(input));
    expect(plan.interviews).toBe(3255); // 1.96² · 0.15 · 0.85 · 1.5 / 0.015² = 3265.2; / (1 + 3264.2 / 1e6) = 3254.6
    expect(plan.districts.reduce((s, d) => s + d.interviews, 0)).toBe(3255);
    const d103 = plan.districts[1];
    expect(d103?.interviews).toBeGreaterThan(plan.districts[0]?.interviews ?? 0);
    expect(d103?.issued).toBe(Math.ceil((d103?.interviews ?? 0) / 0.8));
    expect(d103?.psus).toBe(Math.ceil((d103?.issued ?? 0) / 25));
  });

  it('takes a given number of interviews instead', () => {
    expect(planDesign(parseDesignPlan({ ...input, interviews: 4000 })).interviews).toBe(4000);
  });

  it('names the field of a bad plan', () => {
    try {
      parseDesignPlan({ ...input, margin: 0, districts: [input.districts[0], input.districts[0]] });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('survey.design_invalid');
      expect(
        ((e as DomainError).details.issues as { path: string; code: string }[]).map((i) => [i.path, i.code]),
      ).toEqual([
        ['margin', 'zod.too_small'],
        ['districts[1].district', 'survey.duplicate_district'],
      ]);
    }
  });

  it('selects each district’s PSUs from its own frame', () => {
    const plan = planDesign(parseDesignPlan({ ...input, interviews: 400 }));
    const frames = new Map(
      plan.districts.map((d) => [
        d.district,
        Array.from({ length: 40 }, (_, k) => ({ id: `${d.district}-${k}`, size: 100 + k * 10 })),
      ]),
    );
    const picked = selectPsus(plan.districts, frames, 9);
    for (const d of plan.districts) {
      expect(picked.get(d.district)).toHaveLength(d.psus);
      expect(picked.get(d.district)?.every((p) => p.id.startsWith(d.district))).toBe(true);
    }
  });
});
