// What the public portal lists of the services (issue 14's activities and venues slots): published activities still to
// come, activities held lately, accredited venues, and the mobile units' stops (科普大篷车, 流动科技馆) still to come. Only what the public pages (/e) already show, copied by name:
// no registration, no form, no summary's evidence, no person.
import { localDateTime } from '../kernel/clock.ts';
import { type ActivityType, heldStates, type MobileKind, type TargetGroup } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';
import type { ActivityRecord, Coordinates, SessionRecord, VenueRecord, WeeklyPeriod } from './svc.records.ts';

export interface ListedActivity {
  id: number;
  title: string;
  organiser: string;
  /** the activity's area and its ancestors (codes), for a district filter */
  areaCode: string;
  areaPath: string[];
  areaName: string;
  address: string;
  /** with the system they were given in; none for an online activity or an address not placed */
  coordinates: Coordinates | null;
  campaignId: number | null;
  type: ActivityType;
  mode: 'online' | 'offline';
  targetGroups: TargetGroup[];
  sessions: { startsAt: string; endsAt: string; left: number }[];
}
export interface ListedVenue {
  id: number;
  name: string;
  level: string;
  category: string;
  areaCode: string;
  areaName: string;
  address: string;
  coordinates: Coordinates | null;
  openingHours: string;
  weeklyHours: WeeklyPeriod[];
  accessibility: string[];
  audiences: string[];
  bookable: boolean;
  batch: string | null;
  validUntil: string | null;
  demo: boolean;
  /** the latest published annual assessment (of the last two years) */
  assessment: VenueResult | null;
}
export interface VenueResult {
  year: number;
  total: number;
  grade: { zh: string; en: string };
}

/** The latest published assessment of each venue, of last year or the year before. */
export async function publishedResults(ctx: SvcContext): Promise<Map<number, VenueResult>> {
  const year = Number(ctx.clock.today().slice(0, 4));
  const out = new Map<number, VenueResult>();
  for (const y of [year - 2, year - 1])
    for (const r of await ctx.stores.svc.venueReports(y))
      if (r.state === 'published' && r.grade && r.reviewTotal !== null)
        out.set(r.venueId, { year: y, total: r.reviewTotal, grade: r.grade.label });
  return out;
}

/** What the public sees of an accredited venue: no host account, no status history's authors. */
export const listedVenue = (v: VenueRecord, assessment: VenueResult | null = null): ListedVenue => ({
  id: v.id,
  name: v.name,
  level: v.level,
  category: v.category,
  areaCode: v.areaCode,
  areaName: v.areaName,
  address: v.address,
  coordinates: v.coordinates,
  openingHours: v.openingHours,
  weeklyHours: v.weeklyHours,
  accessibility: [...v.accessibility],
  audiences: [...v.audiences],
  bookable: v.bookable,
  batch: v.batch,
  validUntil: v.validUntil,
  demo: v.demo,
  assessment,
});
/** A mobile unit's stop the public may come to: free, no registration. */
export interface ListedTourStop {
  unitName: string;
  unitKind: MobileKind;
  site: string;
  address: string;
  areaCode: string;
  areaPath: string[];
  areaName: string;
  startsOn: string;
  endsOn: string;
}
export interface PublicListing {
  upcoming: ListedActivity[];
  recent: ListedActivity[];
  venues: ListedVenue[];
  /** stops not voided that end today or later, by their first day */
  tours: ListedTourStop[];
  /** the campaigns the upcoming and recent activities belong to */
  campaigns: { id: number; name: string; startsOn: string; endsOn: string }[];
}

/** Enough for a city's coming months; the portal shows a page of them at a time, filtered. */
const UPCOMING = 300;
const TOURS = 50;
const RECENT = 10;

/** What a reader of the portal's activities page asked for: a district (or any area), a campaign, a group, a month
 *  (YYYY-MM) or a day (YYYY-MM-DD) in the jurisdiction's time. */
export interface ActivityFilter {
  area?: string;
  campaign?: number;
  group?: TargetGroup;
  month?: string;
  day?: string;
}

/** The local days (YYYY-MM-DD) an activity has a session on. */
export const activityDays = (a: ListedActivity, timeZone: string) => [
  ...new Set(a.sessions.map((s) => localDateTime(timeZone, s.startsAt).slice(0, 10))),
];

/** The stops in an area (or below it) that are on during a month (YYYY-MM) or on a day (YYYY-MM-DD). */
export function filterTours(list: ListedTourStop[], q: Pick<ActivityFilter, 'area' | 'month' | 'day'>) {
  return list.filter(
    (s) =>
      (!q.area || s.areaCode === q.area || s.areaPath.includes(q.area)) &&
      (!q.month || (s.startsOn.slice(0, 7) <= q.month && q.month <= s.endsOn.slice(0, 7))) &&
      (!q.day || (s.startsOn <= q.day && q.day <= s.endsOn)),
  );
}

export function filterActivities(list: ListedActivity[], q: ActivityFilter, timeZone: string) {
  return list.filter((a) => {
    if (q.area && a.areaCode !== q.area && !a.areaPath.includes(q.area)) return false;
    if (q.campaign && a.campaignId !== q.campaign) return false;
    if (q.group && !a.targetGroups.includes(q.group)) return false;
    if (!q.month && !q.day) return true;
    const days = activityDays(a, timeZone);
    return days.some((d) => (!q.day || d === q.day) && (!q.month || d.startsWith(q.month)));
  });
}

const listed = (a: ActivityRecord, sessions: SessionRecord[]): ListedActivity => ({
  id: a.id,
  title: a.title,
  organiser: a.organiser,
  areaCode: a.areaCode,
  areaPath: [...a.areaPath],
  areaName: a.areaName,
  address: a.address,
  coordinates: a.mode === 'online' ? null : a.coordinates,
  campaignId: a.campaignId,
  type: a.type,
  mode: a.mode,
  targetGroups: [...a.targetGroups],
  sessions: sessions
    .filter((s) => s.activityId === a.id)
    .sort((x, y) => x.startsAt.localeCompare(y.startsAt))
    .map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, left: Math.max(0, s.capacity - s.taken) })),
});

export async function publicListing(ctx: SvcContext): Promise<PublicListing> {
  const svc = ctx.stores.svc;
  const now = ctx.clock.now().toISOString();
  const today = ctx.clock.today();
  const [open, held, venues, campaigns, units, stops, results] = await Promise.all([
    svc.listActivities({ states: ['published'], from: today }),
    svc.listActivities({ states: [...heldStates] }),
    svc.listVenues(),
    svc.listCampaigns(),
    svc.listMobileUnits(),
    svc.tourStops(),
    publishedResults(ctx),
  ]);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const sessions = await svc.sessionsOf([...open, ...held].map((a) => a.id));
  const first = (a: ListedActivity) => a.sessions[0]?.startsAt ?? '';
  const last = (a: ListedActivity) => a.sessions.at(-1)?.endsAt ?? '';
  const upcoming = open
    .map((a) => listed(a, sessions))
    .filter((a) => last(a) >= now)
    .sort((x, y) => first(x).localeCompare(first(y)))
    .slice(0, UPCOMING);
  const recent = held
    .map((a) => listed(a, sessions))
    .sort((x, y) => last(y).localeCompare(last(x)))
    .slice(0, RECENT);
  const used = new Set([...upcoming, ...recent].map((a) => a.campaignId));
  return {
    upcoming,
    recent,
    venues: venues.filter((v) => v.status === 'accredited').map((v) => listedVenue(v, results.get(v.id))),
    tours: stops
      .filter((s) => !s.voidedAt && s.endsOn >= today && unitOf.has(s.unitId))
      .sort((x, y) => x.startsOn.localeCompare(y.startsOn))
      .slice(0, TOURS)
      .map((s) => ({
        unitName: unitOf.get(s.unitId)?.name ?? '',
        unitKind: unitOf.get(s.unitId)?.kind ?? 'other',
        site: s.site,
        address: s.address,
        areaCode: s.areaCode,
        areaPath: [...s.areaPath],
        areaName: s.areaName,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
      })),
    campaigns: campaigns
      .filter((c) => used.has(c.id))
      .map((c) => ({ id: c.id, name: c.name, startsOn: c.startsOn, endsOn: c.endsOn })),
  };
}
