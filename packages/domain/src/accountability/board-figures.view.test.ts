// The board with its figures: every unit for the office, a district admin's area only, with the area's own plan figure.
import { describe, expect, it } from 'vitest';
import { visibleUnitsFor } from './acc.policy.ts';
import { dawa, office, plan, snapshot } from './acc.test-fixture.ts';
import { boardWithFigures, visiblePlan } from './board-figures.view.ts';

describe('boardWithFigures', () => {
  it('shows the office every owing unit with the rolled-up figures and the weights they are made of', () => {
    const s = snapshot();
    const b = boardWithFigures(plan, s, 1, {}, visibleUnitsFor(office, s), '2031-03-05');
    expect(b.units.map((u) => u.id).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(b.cells.find((c) => c.taskNumber === 1 && c.unitId === 2)).toMatchObject({
      state: 'accepted',
      progress: 60,
      reportId: 11,
    });
    // 市科技局's extension is its cells' closing date
    expect(b.cells.find((c) => c.unitId === 3)?.closesOn).toBe('2031-03-25');
    const t3 = b.tasks.find((t) => t.number === 3);
    expect(t3).toMatchObject({
      progress: 40,
      weight: 1,
      items: [{ id: 100, weight: 2, share: 1, progress: 40 }],
    });
    expect(b.planWeights.map((g) => [g.id, g.share])).toEqual([
      [10, 0.5],
      [20, 0.5],
    ]);
    expect(b.planProgress).toBeCloseTo((60 / 2 + 40) / 2, 6);
    expect(b.today).toBe('2031-03-05');
  });
  it('limits a district admin to its area: its units’ cells, their tasks, and the plan figure of those tasks only', () => {
    const s = snapshot();
    const b = boardWithFigures(plan, s, 1, {}, visibleUnitsFor(dawa, s), '2031-03-05');
    expect(b.units.map((u) => u.id)).toEqual([5]);
    expect(b.tasks.map((t) => t.number)).toEqual([3]);
    expect(b.planWeights.map((g) => g.id)).toEqual([20]);
    expect(b.planProgress).toBe(40);
    expect(visiblePlan(plan, s, 2031, visibleUnitsFor(dawa, s)).groups[0].taskNumbers).toEqual([]);
  });
  it('filters by state and answers an unknown round with acc.round.not_found', () => {
    const s = snapshot();
    expect(boardWithFigures(plan, s, 1, { state: 'submitted' }, undefined, '2031-03-05').cells).toHaveLength(
      1,
    );
    expect(() => boardWithFigures(plan, s, 99, {}, undefined, '2031-03-05')).toThrow(
      expect.objectContaining({ code: 'acc.round.not_found', details: { id: 99 } }),
    );
  });
});
