// The sample design helper: sizes against the textbook formula, allocations, PPS systematic selection whose
// inclusion frequencies over many draws match the stated probabilities.
import { describe, expect, it } from 'vitest';
import { allocate, designRow, ppsSystematic, sampleSize, sampleSizes, selectWithin } from './design.ts';

const districts = [
  { district: '211102', population: 200_000 },
  { district: '211103', population: 400_000 },
  { district: '211104', population: 280_000 },
  { district: '211122', population: 220_000 },
];

describe('sample size', () => {
  it('is the textbook 385 for ±5 points at 50 % and 95 %', () => {
    expect(sampleSize({ share: 0.5, margin: 0.05 }).n).toBe(385);
  });

  it('multiplies by the design effect, shrinks with the finite population correction, grows for non-response', () => {
    const s = sampleSize({ share: 0.15, margin: 0.02, deff: 2, responseRate: 0.8 }, 1_000_000);
    expect(s.n0).toBeCloseTo((1.959963984540054 ** 2 * 0.15 * 0.85 * 2) / 0.0004, 9);
    expect(s.n).toBe(2443); // 2448.93 / (1 + 2447.93 / 1e6) = 2442.95
    expect(s.issued).toBe(3054);
    expect(sampleSize({ share: 0.5, margin: 0.05 }, 500).n).toBe(218);
  });

  it('gives each district its own size for the same precision', () => {
    const s = sampleSizes({ share: 0.15, margin: 0.04, deff: 1.5 }, districts);
    expect(s.perDistrict).toHaveLength(4);
    expect(s.districtsTotal).toBe(s.perDistrict.reduce((a, d) => a + d.n, 0));
    expect(s.districtsTotal).toBeGreaterThan(3 * s.overall.n);
  });

  it('refuses a share of 0 with a code naming the field', () => {
    expect(() => sampleSize({ share: 0, margin: 0.02 })).toThrow(
      expect.objectContaining({
        code: 'survey.design_invalid',
        details: expect.objectContaining({
          issues: [expect.objectContaining({ path: 'share', code: 'survey.design_value' })],
        }),
      }),
    );
  });
});

describe('allocation across districts', () => {
  it('proportional follows the populations and adds up to n', () => {
    expect(allocate(4000, districts, { method: 'proportional' }).map((a) => a.n)).toEqual([
      727, 1455, 1018, 800,
    ]);
  });

  it('equal and power allocation with exponents 0 and 1 agree with equal and proportional', () => {
    expect(allocate(4001, districts, { method: 'equal' }).map((a) => a.n)).toEqual([1001, 1000, 1000, 1000]);
    expect(allocate(4000, districts, { method: 'power', exponent: 0 })).toEqual(
      allocate(4000, districts, { method: 'equal' }),
    );
    expect(allocate(4000, districts, { method: 'power', exponent: 1 })).toEqual(
      allocate(4000, districts, { method: 'proportional' }),
    );
    const half = allocate(4000, districts, { method: 'power', exponent: 0.5 }).map((a) => a.n);
    expect(half[1]).toBeLessThan(1455);
    expect(half[1]).toBeGreaterThan(1000);
  });

  it('Neyman gives more to a district whose share is nearer one half', () => {
    const ney = allocate(
      4000,
      [
        { ...districts[0], share: 0.5 },
        { ...districts[0], district: 'x', share: 0.1 },
      ],
      {
        method: 'neyman',
        share: 0.15,
      },
    );
    expect(ney.map((a) => a.n)).toEqual([2500, 1500]); // 0.5 : 0.3
  });

  it('never gives a district more than its population', () => {
    const small = [
      { district: 'a', population: 50 },
      { district: 'b', population: 10_000 },
    ];
    expect(allocate(1000, small, { method: 'equal' }).map((a) => a.n)).toEqual([50, 950]);
  });
});

describe('PPS systematic selection', () => {
  const frame = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, size: 100 + ((i * 37) % 11) * 90 }));
  frame[5] = { id: 'big', size: 20_000 };

  it('takes a unit bigger than the interval with certainty and the rest with π = n·size/Σsize', () => {
    const picked = ppsSystematic(frame, 6, 1);
    expect(picked).toHaveLength(6);
    expect(picked[0]).toEqual({ id: 'big', size: 20_000, prob: 1, certainty: true });
    const rest = frame.filter((u) => u.id !== 'big').reduce((s, u) => s + u.size, 0);
    for (const p of picked.slice(1)) expect(p.prob).toBeCloseTo((5 * p.size) / rest, 12);
  });

  it('selects each unit as often as its probability says, over 4,000 seeds', () => {
    const count = new Map<string, number>();
    const runs = 4000;
    for (let s = 0; s < runs; s++)
      for (const p of ppsSystematic(frame, 6, s)) count.set(p.id, (count.get(p.id) ?? 0) + 1);
    const rest = frame.filter((u) => u.id !== 'big').reduce((s, u) => s + u.size, 0);
    for (const u of frame) {
      const pi = u.id === 'big' ? 1 : (5 * u.size) / rest;
      const seen = (count.get(u.id) ?? 0) / runs;
      expect(Math.abs(seen - pi)).toBeLessThan(4 * Math.sqrt((pi * (1 - pi)) / runs) + 1e-12);
    }
  });

  it('selects people within a PSU without repeats at m/M, and writes the design down', () => {
    const people = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const w = selectWithin(people, 12, 3);
    expect(new Set(w.selected).size).toBe(12);
    expect(w.prob).toBe(0.3);
    const psu = ppsSystematic(frame, 6, 1)[1];
    expect(designRow('211103', psu, w.prob, 'p1')).toEqual({
      stratum: '211103',
      psu: psu.id,
      prob1: psu.prob,
      prob2: 0.3,
      designWeight: 1 / (psu.prob * 0.3),
    });
    const certain = ppsSystematic(frame, 6, 1)[0];
    expect(designRow('211103', certain, 0.3, 'p1')).toMatchObject({ stratum: '211103/big', psu: 'big/p1' });
  });
});
