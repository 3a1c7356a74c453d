// The portal's activities and venues pages, from the services' public listing (published activities, accredited
// venues; nothing personal): each activity links to its page under /e, where people register; venues filter by
// level, category, audience, open now and bookability, numbered on a map of the districts, and link to booking under /e.
import { localDateTime } from '@kepu/domain';
import {
  activityDays,
  filterActivities,
  filterTours,
  filterVenues,
  type ListedActivity,
  type ListedTourStop,
  type ListedVenue,
  type PublicListing,
  type TargetGroup,
  type VenueFilter,
} from '@kepu/domain/services';
import { svcLabels } from '@kepu/domain/services/labels';
import { placesMap } from '../map-svg.ts';
import { esc, href, textOf, type View } from './layout.ts';
import { fill } from './text.ts';

/** An address after its area's name, unless it starts with it. */
const place = (areaName: string, address: string) =>
  address.startsWith(areaName) ? address : `${areaName} ${address}`;

/** "2026-12-12 09:30—11:30" in the jurisdiction's time (the end's date only when it differs). */
function when(v: View, s: { startsAt: string; endsAt: string }) {
  const a = localDateTime(v.timeZone, s.startsAt);
  const b = localDateTime(v.timeZone, s.endsAt);
  return `${a}—${b.slice(0, 10) === a.slice(0, 10) ? b.slice(11) : b}`;
}

/** The activities a page shows at most; the reader narrows the rest with the filters. */
const PAGE = 20;

function activity(a: ListedActivity, v: View, open: boolean, n?: number) {
  const t = textOf(v).activities;
  const words = svcLabels[v.lang];
  const sessions = a.sessions
    .map(
      (s) =>
        `<li>${esc(when(v, s))}${open ? `${v.lang === 'en' ? ', ' : '，'}${esc(s.left > 0 ? fill(t.left, { n: s.left }) : t.full)}` : ''}</li>`,
    )
    .join('');
  const where =
    a.mode === 'online'
      ? t.online
      : `${place(a.areaName, a.address)}${n !== undefined && !a.coordinates ? `（${t.notOnMap}）` : ''}`;
  const num = n === undefined ? '' : `<span class="num" aria-hidden="true">${n}</span> `;
  return `<li data-test="activity-card"><h3>${num}${esc(a.title)}</h3>
<p><span class="tag">${esc(words.types[a.type] ?? a.type)}</span></p>
<ul class="plain">${sessions}</ul>
<p><strong>${esc(t.where)}</strong>${esc(where)}</p>
<p><strong>${esc(t.organiser)}</strong>${esc(a.organiser)}</p>
<p><strong>${esc(t.groups)}</strong>${esc(a.targetGroups.map((g) => words.groups[g] ?? g).join('、'))}</p>
<p><a class="button" href="/e/a/${a.id}" data-test="portal-activity-${a.id}">${esc(fill(open ? t.register : t.details, { title: a.title }))}</a></p></li>`;
}

/** A caravan's stop: where, which days, which unit. */
function tourStop(s: ListedTourStop, v: View) {
  const t = textOf(v).activities;
  const day = (d: string) => (v.lang === 'en' ? d : `${Number(d.slice(5, 7))} 月 ${Number(d.slice(8))} 日`);
  const days =
    s.startsOn === s.endsOn
      ? day(s.startsOn)
      : fill(t.tourDays, { from: day(s.startsOn), to: day(s.endsOn) });
  return `<li data-test="tour-stop"><h3>${esc(s.site)}</h3>
<p>${esc(days)}</p>
<p><strong>${esc(t.where)}</strong>${esc(place(s.areaName, s.address))}</p>
<p><span class="tag">${esc(svcLabels[v.lang].mobileKinds[s.unitKind])}</span> ${esc(s.unitName)}</p></li>`;
}

/** The activity filters a reader chose (the page's query): a district, a campaign, a group, a month or a day. */
export type ActivityQuery = {
  district?: string;
  campaign?: number;
  group?: TargetGroup;
  month?: string;
  day?: string;
};

/** The portal address of the activities page with these filters, keeping language, text size and contrast. */
function activitiesHref(v: View, q: ActivityQuery) {
  const base = href('activities', v);
  const more = Object.entries(q)
    .filter(([, x]) => x !== undefined && x !== '')
    .map(([k, x]) => `${k}=${encodeURIComponent(String(x))}`)
    .join('&');
  return more ? `${base}${base.includes('?') ? '&' : '?'}${more}` : base;
}

const monthName = (v: View, month: string) => {
  const [y, m] = month.split('-').map(Number);
  return v.lang === 'en'
    ? new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, 1)).toLocaleString('en-GB', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
    : `${y} 年 ${m} 月`;
};
const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

/** A month's calendar (weeks from Monday): each day with activities links to that day's list, saying how many. */
function calendar(v: View, q: ActivityQuery, month: string, counts: Map<string, number>, today: string) {
  const t = textOf(v).activities;
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, 1)).getUTCDay() + 6) % 7;
  const cells: string[] = Array.from({ length: lead }, () => '<td></td>');
  for (let d = 1; d <= days; d++) {
    const day = `${month}-${String(d).padStart(2, '0')}`;
    const n = counts.get(day) ?? 0;
    const label = fill(t.dayLabel, { day: v.lang === 'en' ? day : `${m} 月 ${d} 日`, n });
    const mark = [day === today ? ' class="today"' : '', day === q.day ? ' aria-current="date"' : ''].join(
      '',
    );
    cells.push(
      n
        ? `<td${mark}><a href="${esc(activitiesHref(v, { ...q, month: undefined, day }))}" aria-label="${esc(label)}" data-test="calendar-day-${day}"><span class="d">${d}</span><span class="n">${esc(fill(t.dayCount, { n }))}</span></a></td>`
        : `<td${mark}><span class="d">${d}</span></td>`,
    );
  }
  while (cells.length % 7) cells.push('<td></td>');
  const rows = Array.from(
    { length: cells.length / 7 },
    (_, k) => `<tr>${cells.slice(k * 7, k * 7 + 7).join('')}</tr>`,
  );
  const head = t.weekdays
    .split(',')
    .map((w) => `<th scope="col">${esc(w)}</th>`)
    .join('');
  const move = (by: number, text: string) =>
    `<a href="${esc(activitiesHref(v, { ...q, day: undefined, month: shiftMonth(month, by) }))}" data-test="calendar-${by < 0 ? 'prev' : 'next'}">${esc(text)}</a>`;
  return `<div class="calendar"><table data-test="activity-calendar"><caption>${esc(fill(t.calendar, { month: monthName(v, month) }))}</caption>
<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>
<p>${move(-1, t.prevMonth)} ${move(1, t.nextMonth)}</p></div>`;
}

function activityFilters(
  listing: PublicListing,
  q: ActivityQuery,
  v: View,
  districts: Area[],
  months: string[],
) {
  const t = textOf(v).activities;
  const words = svcLabels[v.lang];
  return filterForm(
    'activities',
    t.filters,
    v,
    [
      {
        name: 'district',
        any: t.anyDistrict,
        label: t.district,
        options: districts.map((d) => [d.code, d.name]),
        value: q.district,
      },
      {
        name: 'campaign',
        any: t.anyCampaign,
        label: t.campaign,
        options: listing.campaigns.map((c) => [String(c.id), c.name]),
        value: q.campaign === undefined ? undefined : String(q.campaign),
      },
      {
        name: 'group',
        any: t.anyGroup,
        label: t.group,
        options: Object.entries(words.groups),
        value: q.group,
      },
      {
        name: 'month',
        any: t.anyMonth,
        label: t.month,
        options: months.map((m) => [m, monthName(v, m)]),
        value: q.month ?? q.day?.slice(0, 7),
      },
    ],
    [],
  );
}

type Area = { code: string; name: string };

/**
 * The activities page: the filters, a month's calendar, the activities found numbered on a map of the districts and in
 * the list (a page of them; the rest by narrowing), and those held lately under the same place, campaign and group.
 */
export function activitiesPage(
  listing: PublicListing,
  q: ActivityQuery,
  v: View,
  place: { jurisdiction: string; districts: Area[]; today: string },
) {
  const t = textOf(v).activities;
  const where = { area: q.district, campaign: q.campaign, group: q.group };
  const around = filterActivities(listing.upcoming, where, v.timeZone);
  const found = filterActivities(around, { month: q.month, day: q.day }, v.timeZone);
  const shown = found.slice(0, PAGE);
  const counts = new Map<string, number>();
  for (const a of around)
    for (const d of activityDays(a, v.timeZone)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const months = [
    ...new Set(listing.upcoming.flatMap((a) => activityDays(a, v.timeZone).map((d) => d.slice(0, 7)))),
  ].sort();
  const firstDay = found[0] && activityDays(found[0], v.timeZone)[0];
  const month = q.day?.slice(0, 7) ?? q.month ?? firstDay?.slice(0, 7) ?? place.today.slice(0, 7);
  const spots = shown.flatMap((a, k) =>
    a.coordinates ? [{ n: k + 1, name: a.title, lng: a.coordinates.lng, lat: a.coordinates.lat }] : [],
  );
  const map = spots.length ? placesMap(place.jurisdiction, spots, fill(t.map, { n: spots.length })) : '';
  const heading = q.day
    ? fill(t.onDay, {
        day: v.lang === 'en' ? q.day : `${Number(q.day.slice(5, 7))} 月 ${Number(q.day.slice(8))} 日`,
      })
    : t.upcoming;
  const filtered = Object.values(q).some((x) => x !== undefined);
  const result = !listing.upcoming.length
    ? `<p>${esc(t.noneUpcoming)}</p>`
    : !found.length
      ? `<p role="status">${esc(t.noneFound)}</p>`
      : `<p role="status">${esc(fill(t.found, { n: found.length }))}${found.length > PAGE ? esc(fill(t.more, { n: PAGE })) : ''}</p>${map}
<ol class="cards activities">${shown.map((a, k) => activity(a, v, true, k + 1)).join('')}</ol>`;
  const recent = filterActivities(listing.recent, where, v.timeZone);
  const tours = filterTours(listing.tours, { area: q.district, month: q.month, day: q.day });
  return `<h1>${esc(t.title)}</h1>
<p>${esc(t.intro)} <a href="/e">${esc(t.all)}</a></p>
${listing.upcoming.length || filtered ? activityFilters(listing, q, v, place.districts, months) : ''}
${listing.upcoming.length ? calendar(v, q, month, counts, place.today) : ''}
<h2>${esc(heading)}</h2>
${result}
<h2>${esc(t.tours)}</h2>
<p>${esc(t.toursIntro)}</p>
${tours.length ? `<ul class="cards" data-test="portal-tours">${tours.map((s) => tourStop(s, v)).join('')}</ul>` : `<p>${esc(t.noneTours)}</p>`}
<h2>${esc(t.recent)}</h2>
${recent.length ? `<ul class="cards">${recent.map((a) => activity(a, v, false)).join('')}</ul>` : `<p>${esc(t.noneRecent)}</p>`}
<p class="note">${esc(t.updated)}</p>`;
}

/** The venue filters a reader chose (the page's query). */
export type VenueQuery = Pick<VenueFilter, 'level' | 'category' | 'audience'> & {
  open?: '1';
  bookable?: '1';
};

export type Select = {
  name: string;
  any: string;
  label: string;
  options: [string, string][];
  value?: string;
};
type Check = { name: string; label: string; on?: string };

/** A GET form of selects and checkboxes that keeps the reader's language, text size and contrast. */
export function filterForm(
  page: 'activities' | 'venues' | 'content',
  label: string,
  v: View,
  selects: Select[],
  checks: Check[],
) {
  const t = textOf(v).venues;
  const test = `${{ venues: 'venue', activities: 'activity', content: 'content' }[page]}-filter`;
  const select = (x: Select) =>
    `<label>${esc(x.label)}<select name="${x.name}" data-test="${test}-${x.name}"><option value="">${esc(x.any)}</option>${x.options
      .map(([k, o]) => `<option value="${esc(k)}"${k === x.value ? ' selected' : ''}>${esc(o)}</option>`)
      .join('')}</select></label>`;
  const check = (x: Check) =>
    `<label class="check"><input type="checkbox" name="${x.name}" value="1"${x.on ? ' checked' : ''} data-test="${test}-${x.name}">${esc(x.label)}</label>`;
  const keep = [
    v.lang === 'en' ? ['lang', 'en'] : null,
    v.large ? ['size', 'large'] : null,
    v.contrast ? ['contrast', 'high'] : null,
  ]
    .filter((x): x is string[] => x !== null)
    .map(([k, x]) => `<input type="hidden" name="${k}" value="${x}">`)
    .join('');
  return `<form class="filters" method="get" action="/portal/${page}" aria-label="${esc(label)}">${keep}
${selects.map(select).join('\n')}
${checks.map(check).join('\n')}
<p><button type="submit" class="button" data-test="${test}-submit">${esc(t.search)}</button> <a href="${href(page, v)}">${esc(t.clear)}</a></p></form>`;
}

const bare = (label: string) => label.replace(/[：:]\s*$/, '');

function venueFilters(q: VenueQuery, v: View) {
  const t = textOf(v).venues;
  const words = svcLabels[v.lang];
  return filterForm(
    'venues',
    t.filters,
    v,
    [
      {
        name: 'level',
        any: t.anyLevel,
        label: bare(t.level),
        options: Object.entries(words.levels),
        value: q.level,
      },
      {
        name: 'category',
        any: t.anyCategory,
        label: bare(t.category),
        options: Object.entries(words.categories),
        value: q.category,
      },
      {
        name: 'audience',
        any: t.anyAudience,
        label: t.audience,
        options: Object.entries(words.audiences),
        value: q.audience,
      },
    ],
    [
      { name: 'open', label: t.openNow, on: q.open },
      { name: 'bookable', label: t.bookableOnly, on: q.bookable },
    ],
  );
}

export function venuesPage(all: ListedVenue[], q: VenueQuery, v: View, at: Date, jurisdiction: string) {
  const t = textOf(v).venues;
  const words = svcLabels[v.lang];
  const order = Object.keys(words.levels);
  const filter: VenueFilter = {
    ...q,
    open: q.open ? 'true' : undefined,
    bookable: q.bookable ? 'true' : undefined,
  };
  const venues = filterVenues(all, filter, v.timeZone, at).sort(
    (a, b) => order.indexOf(a.level) - order.indexOf(b.level) || a.name.localeCompare(b.name, 'zh-CN'),
  );
  const sep = v.lang === 'en' ? ', ' : '、';
  const gap = v.lang === 'en' ? ' · ' : '　';
  const items = venues
    .map((x, k) => {
      const open =
        x.openNow === null ? '' : `${gap}<strong>${esc(x.openNow ? t.isOpen : t.isClosed)}</strong>`;
      return `<li data-test="venue-card"><h3><span class="num" aria-hidden="true">${k + 1}</span> ${esc(x.name)}</h3>
<p><strong>${esc(t.level)}</strong>${esc(words.levels[x.level as keyof typeof words.levels] ?? x.level)}${gap}<strong>${esc(t.category)}</strong>${esc(words.categories[x.category as keyof typeof words.categories] ?? x.category)}</p>
<p><strong>${esc(t.where)}</strong>${esc(place(x.areaName, x.address))}${x.coordinates ? '' : `（${esc(t.notOnMap)}）`}</p>
${x.openingHours ? `<p><strong>${esc(t.hours)}</strong>${esc(x.openingHours)}${open}</p>` : ''}
${x.audiences.length ? `<p><strong>${esc(t.suits)}</strong>${esc(x.audiences.map((a) => words.audiences[a as keyof typeof words.audiences] ?? a).join(sep))}</p>` : ''}
${x.accessibility.length ? `<p><strong>${esc(t.access)}</strong>${esc(x.accessibility.map((a) => words.accessibility[a as keyof typeof words.accessibility] ?? a).join(sep))}</p>` : ''}
${x.batch && x.validUntil ? `<p class="note">${esc(fill(t.accredited, { batch: x.batch, until: x.validUntil }))}</p>` : ''}
${x.assessment ? `<p data-test="venue-assessed"><strong>${esc(fill(t.assessed, { year: x.assessment.year, total: x.assessment.total, grade: v.lang === 'en' ? x.assessment.grade.en : x.assessment.grade.zh }))}</strong></p>` : ''}
${x.bookable ? `<p><a class="button" href="/e/venues/${x.id}" data-test="venue-book-${x.id}">${esc(fill(t.book, { name: x.name }))}</a></p>` : ''}</li>`;
    })
    .join('');
  const places = venues.flatMap((x, k) =>
    x.coordinates ? [{ n: k + 1, name: x.name, lng: x.coordinates.lng, lat: x.coordinates.lat }] : [],
  );
  const map = places.length ? placesMap(jurisdiction, places, fill(t.map, { n: places.length })) : '';
  const body = !all.length
    ? `<p>${esc(t.none)}</p>`
    : !venues.length
      ? `<p role="status">${esc(t.noneFound)}</p>`
      : `<p role="status">${esc(fill(t.found, { n: venues.length }))}</p>${map}<ol class="cards venues">${items}</ol>`;
  return `<h1>${esc(t.title)}</h1>
<p>${esc(t.intro)}</p>
${all.length ? venueFilters(q, v) : ''}
${body}`;
}
