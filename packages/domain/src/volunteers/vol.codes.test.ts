// The hour states, the star levels and the public name mask.
import { describe, expect, it } from 'vitest';
import { nextHourState } from './hour.workflow.ts';
import { defaultStarHours, maskName, starFor } from './vol.codes.ts';

describe('service hours', () => {
  it('go entered → pending → approved or declined, and void from any state but void', () => {
    expect(nextHourState('entered', 'submit')).toBe('pending');
    expect(nextHourState('pending', 'approve')).toBe('approved');
    expect(nextHourState('pending', 'decline')).toBe('declined');
    expect(nextHourState('entered', 'approve')).toBeNull();
    expect(nextHourState('approved', 'approve')).toBeNull();
    expect(nextHourState('approved', 'void')).toBe('void');
    expect(nextHourState('void', 'void')).toBeNull();
  });
  it('reach a star at each of 100/300/600/1,000/1,500 approved hours by default', () => {
    expect([0, 99.5, 100, 299, 300, 1000, 1499, 1500, 9999].map((h) => starFor(h, defaultStarHours))).toEqual(
      [0, 0, 1, 1, 2, 4, 4, 5, 5],
    );
  });
});

describe('maskName', () => {
  it('keeps the first and last character of a name', () => {
    expect(maskName('张小明')).toBe('张*明');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('*');
  });
});
