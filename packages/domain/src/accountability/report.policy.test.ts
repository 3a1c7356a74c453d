// The filing rules: a unit's closing date, the window's phase, what is editable, and each reader's abilities on a cell.
import { describe, expect, it } from 'vitest';
import { dawa, edu, keji, kexie, office, plan, round, viewer } from './acc.test-fixture.ts';
import { cellAbilities, closingDate, isEditable, roundPhase } from './report.policy.ts';

const task = (n: number) => plan.tasks.find((t) => t.number === n) ?? plan.tasks[0];

describe('closing date and window', () => {
  it('takes a unit’s extension only when it closes later than the round', () => {
    expect(closingDate(round)).toBe('2031-03-15');
    expect(closingDate(round, { closesOn: '2031-03-25' })).toBe('2031-03-25');
    expect(closingDate(round, { closesOn: '2031-03-12' })).toBe('2031-03-15');
  });
  it('is upcoming before the opening date, open through the closing date, closed after', () => {
    expect(roundPhase(round, '2031-02-28')).toBe('upcoming');
    expect(roundPhase(round, '2031-03-01')).toBe('open');
    expect(roundPhase(round, '2031-03-15')).toBe('open');
    expect(roundPhase(round, '2031-03-16')).toBe('closed');
    expect(roundPhase(round, '2031-03-16', '2031-03-25')).toBe('open');
  });
  it('locks submitted and accepted reports', () => {
    expect([null, 'draft', 'returned', 'submitted', 'accepted'].map((s) => isEditable(s as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('cell abilities', () => {
  it('lets the unit’s liaison file an empty cell and attach its first file while the window is open', () => {
    expect(cellAbilities(edu, plan, task(1), 2, null, true)).toEqual({
      edit: true,
      submit: false,
      attach: true,
      detach: false,
      review: false,
      reopen: false,
    });
    // the first file starts the draft, which needs the window
    expect(cellAbilities(edu, plan, task(1), 2, null, false).attach).toBe(false);
    expect(cellAbilities(edu, plan, task(1), 2, 'draft', true)).toMatchObject({
      edit: true,
      submit: true,
      attach: true,
      detach: true,
    });
    // the window limits filing and submitting, not evidence; a returned report keeps the files its reviewer saw
    expect(cellAbilities(edu, plan, task(1), 2, 'returned', false)).toMatchObject({
      edit: false,
      submit: false,
      attach: true,
      detach: false,
    });
  });
  it('gives another unit, a viewer and a district admin nothing to do', () => {
    for (const a of [keji, viewer, dawa])
      expect(Object.values(cellAbilities(a, plan, task(1), 2, 'draft', true))).not.toContain(true);
  });
  it('lets the office and a lead unit review a submitted report, but not a lead unit its own', () => {
    expect(cellAbilities(office, plan, task(1), 2, 'submitted', true).review).toBe(true);
    expect(cellAbilities(kexie, plan, task(1), 2, 'submitted', true).review).toBe(true);
    expect(cellAbilities(kexie, plan, task(1), 1, 'submitted', true).review).toBe(false);
    expect(cellAbilities(keji, plan, task(1), 2, 'submitted', true).review).toBe(false);
    expect(cellAbilities(office, plan, task(1), 2, 'draft', true).review).toBe(false);
  });
  it('lets only the office reopen, and only an accepted report', () => {
    expect(cellAbilities(office, plan, task(1), 2, 'accepted', true).reopen).toBe(true);
    expect(cellAbilities(kexie, plan, task(1), 2, 'accepted', true).reopen).toBe(false);
    expect(cellAbilities(office, plan, task(1), 2, 'submitted', true).reopen).toBe(false);
  });
});
