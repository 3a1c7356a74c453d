// The board with its figures: every unit for the office, a district admin's area only, with the area's own plan figure.
import { describe, expect, it } from 'vitest';
import { visibleUnitsFor } from './acc.policy.ts';
import { dawa, office, plan, snapshot } from './acc.test-fixture.ts';
import { boardWithFigures } from './board-figures.view.ts';
import { visiblePlan } from './figures.ts';
import { unitScorecards } from './scorecards.view.ts';
import { yearSummary } from './summary.view.ts';

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
    // task 3's only report awaits review: no figure yet ("—"), and the basis says one report is left out
    const t3 = b.tasks.find((t) => t.number === 3);
    expect(t3).toMatchObject({
      progress: null,
      weight: 1,
      items: [{ id: 100, weight: 2, share: 1, progress: null }],
    });
    expect(b.figureBasis).toEqual({
      roundId: 1,
      roundTitle: expect.any(String),
      accepted: 1,
      awaitingReview: 1,
    });
    expect(b.planWeights.map((g) => [g.id, g.share])).toEqual([
      [10, 0.5],
      [20, 0.5],
    ]);
    // task 2 (nothing filed) and group 20 (awaiting review) have no figure: left out of the means, not counted as 0
    expect(b.planProgress).toBe(60);
    expect(b.today).toBe('2031-03-05');
  });
  it('limits a district admin to its area: its units’ cells, their tasks, and the plan figure of those tasks only', () => {
    const s = snapshot();
    const b = boardWithFigures(plan, s, 1, {}, visibleUnitsFor(dawa, s), '2031-03-05');
    expect(b.units.map((u) => u.id)).toEqual([5]);
    expect(b.tasks.map((t) => t.number)).toEqual([3]);
    expect(b.planWeights.map((g) => g.id)).toEqual([20]);
    expect(b.planProgress).toBeNull();
    expect(b.figureBasis).toMatchObject({ accepted: 0, awaitingReview: 1 });
    const accepted = {
      ...s,
      reports: s.reports.map((r) => (r.id === 13 ? { ...r, state: 'accepted' as const } : r)),
    };
    expect(boardWithFigures(plan, accepted, 1, {}, visibleUnitsFor(dawa, s), '2031-03-05').planProgress).toBe(
      40,
    );
    expect(visiblePlan(plan, s, 2031, visibleUnitsFor(dawa, s)).groups[0].taskNumbers).toEqual([]);
  });
  it('gives the figure of the unit the board is filtered to, the one its scorecard and the area summary show', () => {
    const base = snapshot();
    const s = {
      ...base,
      reports: base.reports.map((r) => (r.id === 13 ? { ...r, state: 'accepted' as const } : r)),
    };
    const one = boardWithFigures(plan, s, 1, { unit: 5 }, visibleUnitsFor(office, s), '2031-03-05');
    const card = unitScorecards(plan, s, 2031, '2031-03-05').find((c) => c.unitId === 5);
    const area = yearSummary(plan, s, 2031, '2031-03-05', visibleUnitsFor(dawa, s));
    expect([one.planProgress, card?.meanProgress, area.progress]).toEqual([40, 40, 40]);
    const two = boardWithFigures(plan, s, 1, { unit: 2 }, undefined, '2031-03-05');
    expect(two.planProgress).toBe(
      unitScorecards(plan, s, 2031, '2031-03-05').find((c) => c.unitId === 2)?.meanProgress,
    );
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
