// A ticket as an iCalendar event (RFC 5545) that a phone's calendar imports: the session's time and place, with two
// alarms (the day before and an hour before): a reminder that needs no gateway and no personal data on our side.
// A cancelled ticket's event says CANCELLED, so importing it again takes the session off the calendar.
import type { ActivityRecord, RegistrationRecord, SessionRecord } from '@kepu/domain/services';

const utc = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
const text = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets without splitting a character (RFC 5545 §3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let part = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(part);
      part = '';
      bytes = 0;
    }
    part += ch;
    bytes += n;
  }
  out.push(part);
  return out.join('\r\n ');
}

export function ticketCalendar(
  t: { registration: RegistrationRecord; activity: ActivityRecord; session: SessionRecord },
  now: Date,
): string {
  const { registration: r, activity: a, session: s } = t;
  const title = r.status === 'waitlisted' ? `（候补）${a.title}` : a.title;
  const alarm = (trigger: string, say: string) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(`${a.title}${say}`)}`,
    `TRIGGER:${trigger}`,
    'END:VALARM',
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kepu//Kepu 科普//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:kepu-registration-${r.id}@kepu`,
    `DTSTAMP:${utc(now.toISOString())}`,
    `DTSTART:${utc(s.startsAt)}`,
    `DTEND:${utc(s.endsAt)}`,
    `SUMMARY:${text(title)}`,
    ...(a.address ? [`LOCATION:${text(`${a.areaName}${a.address}`)}`] : []),
    `DESCRIPTION:${text('凭电子票二维码入场。如不能参加，请在电子票上退票，把座位让给候补的市民。')}`,
    `STATUS:${r.status === 'cancelled' ? 'CANCELLED' : r.status === 'waitlisted' ? 'TENTATIVE' : 'CONFIRMED'}`,
    ...(r.status === 'cancelled'
      ? []
      : [...alarm('-P1D', '：明天开始'), ...alarm('-PT1H', '：一小时后开始')]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
