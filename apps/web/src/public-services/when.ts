// A session's time as people on the page read it, in the city's time zone.
export function when(startsAt: string, endsAt: string, lang: string): string {
  const o: Intl.DateTimeFormatOptions = {
    timeZone: 'Asia/Shanghai',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  };
  const end = new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return `${new Intl.DateTimeFormat(lang, o).format(new Date(startsAt))}—${end.format(new Date(endsAt))}`;
}
