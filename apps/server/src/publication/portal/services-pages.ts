// The portal's activities and venues pages, from the services' public listing (published activities, accredited
// venues; nothing personal): each activity links to its page under /e, where people register; venues filter by
// level, category, audience, open now and bookability, numbered on a map of the districts, and link to booking under /e.
import { localDateTime } from '@kepu/domain';
import {
  filterVenues,
  type ListedActivity,
  type ListedVenue,
  type PublicListing,
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

function activity(a: ListedActivity, v: View, open: boolean) {
  const t = textOf(v).activities;
  const words = svcLabels[v.lang];
  const sessions = a.sessions
    .map(
      (s) =>
        `<li>${esc(when(v, s))}${open ? `${v.lang === 'en' ? ', ' : '，'}${esc(s.left > 0 ? fill(t.left, { n: s.left }) : t.full)}` : ''}</li>`,
    )
    .join('');
  return `<li><h3>${esc(a.title)}</h3>
<p><span class="tag">${esc(words.types[a.type] ?? a.type)}</span></p>
<ul class="plain">${sessions}</ul>
<p><strong>${esc(t.where)}</strong>${esc(a.mode === 'online' ? t.online : place(a.areaName, a.address))}</p>
<p><strong>${esc(t.organiser)}</strong>${esc(a.organiser)}</p>
<p><strong>${esc(t.groups)}</strong>${esc(a.targetGroups.map((g) => words.groups[g] ?? g).join('、'))}</p>
<p><a class="button" href="/e/a/${a.id}" data-test="portal-activity-${a.id}">${esc(fill(open ? t.register : t.details, { title: a.title }))}</a></p></li>`;
}

export function activitiesPage(listing: PublicListing, v: View) {
  const t = textOf(v).activities;
  const list = (items: ListedActivity[], open: boolean, none: string) =>
    items.length
      ? `<ul class="cards">${items.map((a) => activity(a, v, open)).join('')}</ul>`
      : `<p>${esc(none)}</p>`;
  return `<h1>${esc(t.title)}</h1>
<p>${esc(t.intro)} <a href="/e">${esc(t.all)}</a></p>
<h2>${esc(t.upcoming)}</h2>
${list(listing.upcoming, true, t.noneUpcoming)}
<h2>${esc(t.recent)}</h2>
${list(listing.recent, false, t.noneRecent)}
<p class="note">${esc(t.updated)}</p>`;
}

/** The venue filters a reader chose (the page's query). */
export type VenueQuery = Pick<VenueFilter, 'level' | 'category' | 'audience'> & {
  open?: '1';
  bookable?: '1';
};

function venueFilters(q: VenueQuery, v: View) {
  const t = textOf(v).venues;
  const words = svcLabels[v.lang];
  const select = (
    name: string,
    any: string,
    label: string,
    options: Record<string, string>,
    value?: string,
  ) =>
    `<label>${esc(label)}<select name="${name}" data-test="venue-filter-${name}"><option value="">${esc(any)}</option>${Object.entries(
      options,
    )
      .map(([k, x]) => `<option value="${k}"${k === value ? ' selected' : ''}>${esc(x)}</option>`)
      .join('')}</select></label>`;
  const check = (name: string, label: string, on?: string) =>
    `<label class="check"><input type="checkbox" name="${name}" value="1"${on ? ' checked' : ''} data-test="venue-filter-${name}">${esc(label)}</label>`;
  const keep = [
    v.lang === 'en' ? ['lang', 'en'] : null,
    v.large ? ['size', 'large'] : null,
    v.contrast ? ['contrast', 'high'] : null,
  ]
    .filter((x): x is string[] => x !== null)
    .map(([k, x]) => `<input type="hidden" name="${k}" value="${x}">`)
    .join('');
  return `<form class="filters" method="get" action="/portal/venues" aria-label="${esc(t.filters)}">${keep}
${select('level', t.anyLevel, t.level.replace(/[：:]\s*$/, ''), words.levels, q.level)}
${select('category', t.anyCategory, t.category.replace(/[：:]\s*$/, ''), words.categories, q.category)}
${select('audience', t.anyAudience, t.audience, words.audiences, q.audience)}
${check('open', t.openNow, q.open)}
${check('bookable', t.bookableOnly, q.bookable)}
<p><button type="submit" class="button" data-test="venue-filter-submit">${esc(t.search)}</button> <a href="${href('venues', v)}">${esc(t.clear)}</a></p></form>`;
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
