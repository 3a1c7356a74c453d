import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles.ts';
import { nextState, type UnitScope } from './ind.workflow.ts';

const unit: UnitScope = { id: 1, orgUnitId: 40, area: { code: '211104', path: ['211100'] } };
const liaison: Actor = { userId: 1, username: 'u', role: 'liaison', unitId: 40, areaCode: null };
const other: Actor = { ...liaison, username: 'o', unitId: 41 };
const dawa: Actor = { userId: 2, username: 'dawa', role: 'district', unitId: null, areaCode: '211104' };
const xlt: Actor = { ...dawa, username: 'xlt', areaCode: '211103' };
const office: Actor = { userId: 3, username: 'office', role: 'office', unitId: null, areaCode: null };

describe('report workflow', () => {
  it('lets a unit file and submit only its own report', () => {
    expect(nextState('open', 'save', liaison, unit)).toBe('draft');
    expect(nextState('draft', 'submit', liaison, unit)).toBe('submitted');
    expect(() => nextState('draft', 'submit', other, unit)).toThrow(/only the unit itself/);
  });
  it('lets only the district over the unit approve or send back', () => {
    expect(nextState('submitted', 'approve', dawa, unit)).toBe('approved');
    expect(nextState('submitted', 'return', dawa, unit)).toBe('returned');
    expect(() => nextState('submitted', 'approve', xlt, unit)).toThrow(/district over the unit/);
  });
  it('refuses edits of a locked report with a conflict naming the state', () => {
    expect(() => nextState('submitted', 'save', liaison, unit)).toThrow(
      'a submitted report cannot be changed',
    );
  });
  it('has the city accept, and the level above unlock', () => {
    expect(nextState('approved', 'accept', office, unit)).toBe('accepted');
    expect(() => nextState('approved', 'accept', dawa, unit)).toThrow(/city office/);
    expect(nextState('accepted', 'unlock', office, unit)).toBe('returned');
    expect(() => nextState('accepted', 'unlock', dawa, unit)).toThrow(/city office/);
  });
});
