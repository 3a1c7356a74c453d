// The indicators' permissions as declarative rules: who reads a report, keeps the schools, exports and imports which
// data set (the report workflow's own are in ind.workflow.test.ts).
import { describe, expect, it } from 'vitest';
import { can, roleMay } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';

const unit = { orgUnitId: 40, area: { code: '211104', path: ['211100'] } };
const office: Actor = { userId: 1, username: 'office', role: 'office', unitId: null, areaCode: null };
const liaison: Actor = { userId: 2, username: 'kexie', role: 'liaison', unitId: 40, areaCode: null };
const edu: Actor = { ...liaison, username: 'edu', unitId: 41 };
const dawa: Actor = { userId: 3, username: 'dawa', role: 'district', unitId: null, areaCode: '211104' };
const xlt: Actor = { ...dawa, username: 'xlt', areaCode: '211103' };
const viewer: Actor = { userId: 4, username: 'viewer', role: 'viewer', unitId: null, areaCode: null };

describe('indicator permissions', () => {
  it('lets the office, viewers, the unit itself and the district over it read a report, and nobody else', () => {
    expect([office, viewer, liaison, dawa].map((a) => can(a, 'ind.read', unit))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([edu, xlt, null].map((a) => can(a, 'ind.read', unit))).toEqual([false, false, false]);
  });
  it('has the office or an education bureau’s liaison keep the schools', () => {
    expect(can(office, 'ind.schools', null)).toBe(true);
    expect(can(edu, 'ind.schools', '市教育局')).toBe(true);
    expect(can(liaison, 'ind.schools', '市科协')).toBe(false);
    expect(roleMay(dawa, 'ind.schools')).toBe(false);
  });
  it('exports: the office and viewers every set, a district the populations, the schools’ keeper the schools', () => {
    expect(can(viewer, 'ind.export', 'values', null)).toBe(true);
    expect(can(dawa, 'ind.export', 'populations', null)).toBe(true);
    expect(can(dawa, 'ind.export', 'values', null)).toBe(false);
    expect(can(edu, 'ind.export', 'schools', '市教育局')).toBe(true);
    expect(can(edu, 'ind.export', 'values', '市教育局')).toBe(false);
  });
  it('imports: the office every set, a district its own areas’ populations, the schools’ keeper the schools', () => {
    expect(can(office, 'ind.import', 'items', null)).toBe(true);
    expect(
      can(dawa, 'ind.import', 'populations', null, { code: '211104001', path: ['211100', '211104'] }),
    ).toBe(true);
    expect(can(dawa, 'ind.import', 'populations', null, { code: '211103', path: ['211100'] })).toBe(false);
    expect(can(edu, 'ind.import', 'schools', '市教育局')).toBe(true);
    expect(can(liaison, 'ind.import', 'schools', '市科协')).toBe(false);
    expect(roleMay(viewer, 'ind.import')).toBe(false);
  });
});
