// "Open now" from a venue's weekly hours, in the jurisdiction's time zone: open when one period names the weekday and
// the time is at or after it opens and before it closes. No periods: unknown (null), never "closed".
import type { WeeklyPeriod } from './svc.records.ts';

const formats = new Map<string, Intl.DateTimeFormat>();
const ISO_WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The weekday (1 Monday … 7 Sunday) and HH:MM of `at` in `timeZone`. */
export function weekTime(timeZone: string, at: Date): { day: number; time: string } {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return { day: ISO_WEEKDAY[p.weekday] ?? 0, time: `${p.hour}:${p.minute}` };
}

export function openNow(periods: WeeklyPeriod[], timeZone: string, at: Date): boolean | null {
  if (!periods.length) return null;
  const { day, time } = weekTime(timeZone, at);
  return periods.some((p) => p.days.includes(day) && p.opens <= time && time < p.closes);
}
