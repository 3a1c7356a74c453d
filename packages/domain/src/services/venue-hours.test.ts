import { describe, expect, it } from 'vitest';
import { openNow, weekTime } from './venue-hours.ts';

const tueToSun = [{ days: [2, 3, 4, 5, 6, 7], opens: '09:00', closes: '16:30' }];

describe('open now', () => {
  it('reads the weekday and time in the jurisdiction’s zone, not the server’s', () => {
    // Monday 2026-12-07 23:30 UTC is Tuesday 07:30 in Beijing
    expect(weekTime('Asia/Shanghai', new Date('2026-12-07T23:30:00Z'))).toEqual({ day: 2, time: '07:30' });
    expect(weekTime('UTC', new Date('2026-12-07T23:30:00Z'))).toEqual({ day: 1, time: '23:30' });
  });

  it('is open from the opening minute until before the closing one, on the named days only', () => {
    const beijing = (s: string) => openNow(tueToSun, 'Asia/Shanghai', new Date(`${s}+08:00`));
    expect(beijing('2026-12-08T08:59:00')).toBe(false); // Tuesday before it opens
    expect(beijing('2026-12-08T09:00:00')).toBe(true);
    expect(beijing('2026-12-08T16:29:00')).toBe(true);
    expect(beijing('2026-12-08T16:30:00')).toBe(false);
    expect(beijing('2026-12-07T10:00:00')).toBe(false); // Monday: closed all day
    expect(beijing('2026-12-13T10:00:00')).toBe(true); // Sunday
  });

  it('takes any of several periods (a lunch break) and says nothing without periods', () => {
    const split = [
      { days: [1, 2, 3, 4, 5], opens: '08:30', closes: '11:30' },
      { days: [1, 2, 3, 4, 5], opens: '13:30', closes: '17:00' },
    ];
    const at = (s: string) => openNow(split, 'Asia/Shanghai', new Date(`${s}+08:00`));
    expect([at('2026-12-09T10:00:00'), at('2026-12-09T12:00:00'), at('2026-12-09T14:00:00')]).toEqual([
      true,
      false,
      true,
    ]);
    expect(openNow([], 'Asia/Shanghai', new Date())).toBeNull();
  });
});
