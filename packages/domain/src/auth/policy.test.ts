// Who may do what: each rule, for each role, including the scoped ones.
import { describe, expect, it } from 'vitest';
import { abilities, authorize, can } from './policy.ts';
import type { Actor } from './roles.ts';

const office: Actor = { userId: 1, username: 'office', role: 'office', unitId: null, areaCode: null };
const edu: Actor = { userId: 2, username: 'edu', role: 'liaison', unitId: 7, areaCode: null };
const dawa: Actor = { userId: 3, username: 'dawa', role: 'district', unitId: null, areaCode: '211104' };
const viewer: Actor = { userId: 4, username: 'viewer', role: 'viewer', unitId: null, areaCode: null };
const town = { code: '211104100', path: ['211100', '211104'] };
const otherDistrict = { code: '211103', path: ['211100'] };

describe('permissions', () => {
  it('lets only the office import plans, read the audit log and create users', () => {
    for (const p of ['plan.import', 'audit.read', 'users.create'] as const) {
      expect([office, edu, dawa, viewer].map((a) => can(a, p))).toEqual([true, false, false, false]);
    }
  });
  it('lets a liaison edit their own unit only', () => {
    expect(can(edu, 'unit.edit', 7)).toBe(true);
    expect(can(edu, 'unit.edit', 8)).toBe(false);
    expect(can(office, 'unit.edit', 8)).toBe(true);
    expect(can(viewer, 'unit.edit', 7)).toBe(false);
  });
  it('lets a district admin edit its own area and everything below it, nothing beside it', () => {
    expect(can(dawa, 'area.edit', { code: '211104', path: ['211100'] })).toBe(true);
    expect(can(dawa, 'area.edit', town)).toBe(true);
    expect(can(dawa, 'area.edit', otherDistrict)).toBe(false);
    expect(can(dawa, 'area.edit', { code: '211100', path: [] })).toBe(false);
  });
  it('refuses anonymous callers everything', () => {
    expect(can(null, 'users.read')).toBe(false);
    expect(() => authorize(null, 'unit.edit', 7)).toThrow(expect.objectContaining({ code: 'auth.forbidden' }));
  });
  it('sends the web app the same answers as abilities', () => {
    expect(abilities(edu)).toMatchObject({ 'unit.edit': [7], 'area.edit': [], 'plan.import': false });
    expect(abilities(dawa)).toMatchObject({ 'area.edit': ['211104'], 'users.read': true, 'users.create': false });
    expect(abilities(office)).toMatchObject({ 'unit.edit': 'all', 'area.edit': 'all' });
  });
});
