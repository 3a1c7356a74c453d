// Accountability permissions: review, work items, reading reports, the home pages, and who sees which units.
import { describe, expect, it } from 'vitest';
import { can, observeAuthorization, roleMay } from '../auth/policy.ts';
import { authorizeAcc, visibleUnitsFor } from './acc.policy.ts';
import { dawa, edu, keji, kexie, office, snapshot, viewer, xinglongtai } from './acc.test-fixture.ts';

const district5 = { code: '211104', path: ['211100'] };

describe('accountability permissions', () => {
  it('reviews: the office, or a lead unit for another unit’s report', () => {
    expect(can(office, 'acc.review', [1], 2)).toBe(true);
    expect(can(kexie, 'acc.review', [1], 2)).toBe(true);
    expect(can(kexie, 'acc.review', [1], 1)).toBe(false);
    expect(can(edu, 'acc.review', [1], 3)).toBe(false);
    expect(can(viewer, 'acc.review', [1], 2)).toBe(false);
  });
  it('edits work items: the office, or a lead unit of the task', () => {
    expect([office, kexie, edu, viewer, dawa].map((a) => can(a, 'acc.work_items.edit', [1]))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  it('reads a report: office and viewers; the unit and lead units; a district admin in its area', () => {
    const read = (a: Parameters<typeof can>[0], unit: number, area?: typeof district5) =>
      can(a, 'acc.report.read', unit, [1], area);
    expect([office, viewer].map((a) => read(a, 2))).toEqual([true, true]);
    expect([edu, kexie, keji].map((a) => read(a, 2))).toEqual([true, true, false]);
    expect(read(dawa, 5, district5)).toBe(true);
    expect(read(dawa, 2)).toBe(false);
    expect(read(xinglongtai, 5, district5)).toBe(false);
    expect(read(null, 2)).toBe(false);
  });
  it('opens the home to liaisons and the office, notifications to whoever acts for a unit', () => {
    expect([office, edu, viewer, dawa].map((a) => roleMay(a, 'acc.my'))).toEqual([true, true, false, false]);
    expect([office, edu, viewer, dawa].map((a) => can(a, 'acc.notifications'))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(can({ ...viewer, unitId: 2 }, 'acc.notifications')).toBe(true);
  });
  it('shows every unit to the office and viewers, a district admin its area’s', () => {
    const s = snapshot();
    expect(visibleUnitsFor(office, s)).toBeUndefined();
    expect(visibleUnitsFor(viewer, s)).toBeUndefined();
    const mine = visibleUnitsFor(dawa, s);
    expect([1, 2, 5].map((u) => mine?.(u))).toEqual([false, false, true]);
    expect(visibleUnitsFor(xinglongtai, s)?.(5)).toBe(false);
  });
  it('refuses in the use-case’s words with the permission, and is observed like every check', () => {
    const seen: string[] = [];
    observeAuthorization((p) => seen.push(p));
    try {
      expect(() =>
        authorizeAcc(keji, 'acc.file', 'a liaison files reports for their own unit only', 2),
      ).toThrow(
        expect.objectContaining({
          code: 'auth.forbidden',
          message: 'a liaison files reports for their own unit only',
          details: { permission: 'acc.file' },
        }),
      );
      authorizeAcc(edu, 'acc.file', 'never thrown', 2);
    } finally {
      observeAuthorization(null);
    }
    expect(seen).toEqual(['acc.file', 'acc.file']);
  });
});
