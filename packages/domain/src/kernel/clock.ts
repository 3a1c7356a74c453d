// The one clock use-cases read: an instant, and today's date in the jurisdiction's time zone.

/** A clock in one time zone; `now` is replaceable so tests (and demo tooling) can move it. */
export interface Clock {
  readonly timeZone: string;
  now(): Date;
  /** Today's calendar date (YYYY-MM-DD) in `timeZone`. */
  today(): string;
}

/** The shipped default jurisdiction's zone; a jurisdiction's setting overrides it. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(timeZone: string, at: Date | string): string {
  let f = formats.get(timeZone);
  if (!f) {
    // en-CA writes dates as YYYY-MM-DD
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  return f.format(new Date(at));
}

/** The instant a calendar day (YYYY-MM-DD) begins in a time zone: 2026-12-06 in Asia/Shanghai is 2026-12-05T16:00Z. */
export function dayStart(timeZone: string, date: string): Date {
  const utc = new Date(`${date}T00:00:00Z`);
  // the zone's offset at that moment, e.g. "GMT+08:00" (a day starting in a DST change is off by the change at most)
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(utc)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(utc.getTime() - offset * 60_000);
}

/** Throws a RangeError naming the zone when it is not an IANA time zone this runtime knows. */
export function assertTimeZone(timeZone: string): string {
  dateIn(timeZone, new Date(0));
  return timeZone;
}

export function zonedClock(timeZone: string = DEFAULT_TIME_ZONE, now: () => Date = () => new Date()): Clock {
  assertTimeZone(timeZone);
  const clock: Clock = {
    timeZone,
    now,
    today: () => dateIn(timeZone, clock.now()),
  };
  return clock;
}

const minuteFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant as people in a time zone read it: YYYY-MM-DD HH:mm (24 h). */
export function localDateTime(timeZone: string, at: Date | string): string {
  let f = minuteFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    minuteFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The zone's name beside a time: 北京时间 / Beijing time for China's zone, else its IANA name. */
export const zoneName = (timeZone: string, lang: 'zh' | 'en') =>
  timeZone === 'Asia/Shanghai' ? (lang === 'zh' ? '北京时间' : 'Beijing time') : timeZone;
