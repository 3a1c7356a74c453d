// The portal's activities and venues pages, from the services' public listing (published activities, accredited
// venues; nothing personal): each activity links to its page under /e, where people register.
import { localDateTime } from '@kepu/domain';
import type { ListedActivity, PublicListing } from '@kepu/domain/services';
import { svcLabels } from '@kepu/domain/services/labels';
import { esc, textOf, type View } from './layout.ts';
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

export function venuesPage(listing: PublicListing, v: View) {
  const t = textOf(v).venues;
  const words = svcLabels[v.lang];
  const order = Object.keys(words.levels);
  const venues = [...listing.venues].sort(
    (a, b) => order.indexOf(a.level) - order.indexOf(b.level) || a.name.localeCompare(b.name, 'zh-CN'),
  );
  const items = venues
    .map(
      (x) => `<li><h3>${esc(x.name)}</h3>
<p><strong>${esc(t.level)}</strong>${esc(words.levels[x.level as keyof typeof words.levels] ?? x.level)}${v.lang === 'en' ? ' · ' : '　'}<strong>${esc(t.category)}</strong>${esc(words.categories[x.category as keyof typeof words.categories] ?? x.category)}</p>
<p><strong>${esc(t.where)}</strong>${esc(place(x.areaName, x.address))}</p>
${x.openingHours ? `<p><strong>${esc(t.hours)}</strong>${esc(x.openingHours)}</p>` : ''}
${x.bookable ? `<p>${esc(t.bookable)}</p>` : ''}</li>`,
    )
    .join('');
  return `<h1>${esc(t.title)}</h1>
<p>${esc(t.intro)}</p>
${venues.length ? `<ul class="cards">${items}</ul>` : `<p>${esc(t.none)}</p>`}`;
}
