// The jurisdiction clock: dates change at local midnight, not at UTC midnight.
import { describe, expect, it } from 'vitest';
import { dateIn, localDateTime, zonedClock, zoneName } from './clock.ts';

describe('zonedClock', () => {
  it('says it is already the next day in Beijing at 00:30 local time (16:30 UTC the day before)', () => {
    const clock = zonedClock('Asia/Shanghai', () => new Date('2026-04-30T16:30:00Z'));
    expect(clock.today()).toBe('2026-05-01');
  });
  it('follows a moved now', () => {
    const clock = zonedClock('Asia/Shanghai');
    clock.now = () => new Date('2026-12-31T15:59:59Z');
    expect(clock.today()).toBe('2026-12-31');
    clock.now = () => new Date('2026-12-31T16:00:00Z');
    expect(clock.today()).toBe('2027-01-01');
  });
  it('serves another jurisdiction in its own zone', () => {
    expect(dateIn('Asia/Urumqi', '2026-05-01T17:30:00Z')).toBe('2026-05-01');
    expect(dateIn('Asia/Shanghai', '2026-05-01T17:30:00Z')).toBe('2026-05-02');
  });
  it('refuses an unknown zone by name', () => {
    expect(() => zonedClock('Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });
});

describe('localDateTime', () => {
  it('writes an instant as Beijing reads it, past midnight into the next day', () => {
    expect(localDateTime('Asia/Shanghai', '2026-12-06T16:30:00.000Z')).toBe('2026-12-07 00:30');
    expect(zoneName('Asia/Shanghai', 'zh')).toBe('北京时间');
  });

  it("writes it in another jurisdiction's zone, named by its IANA name", () => {
    expect(localDateTime('America/New_York', '2026-12-06T16:30:00.000Z')).toBe('2026-12-06 11:30');
    expect(zoneName('America/New_York', 'en')).toBe('America/New_York');
  });
});
