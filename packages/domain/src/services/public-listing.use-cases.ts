// What the public portal lists of the services (issue 14's activities and venues slots): published activities still to
// come, activities held lately, and accredited venues. Only what the public pages (/e) already show, copied by name:
// no registration, no form, no summary's evidence, no person.
import { type ActivityType, heldStates, type TargetGroup } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';
import type { ActivityRecord, Coordinates, SessionRecord, VenueRecord, WeeklyPeriod } from './svc.records.ts';

export interface ListedActivity {
  id: number;
  title: string;
  organiser: string;
  areaName: string;
  address: string;
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
}

/** What the public sees of an accredited venue: no host account, no status history's authors. */
export const listedVenue = (v: VenueRecord): ListedVenue => ({
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
});
export interface PublicListing {
  upcoming: ListedActivity[];
  recent: ListedActivity[];
  venues: ListedVenue[];
}

const UPCOMING = 20;
const RECENT = 10;

const listed = (a: ActivityRecord, sessions: SessionRecord[]): ListedActivity => ({
  id: a.id,
  title: a.title,
  organiser: a.organiser,
  areaName: a.areaName,
  address: a.address,
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
  const [open, held, venues] = await Promise.all([
    svc.listActivities({ states: ['published'], from: ctx.clock.today() }),
    svc.listActivities({ states: [...heldStates] }),
    svc.listVenues(),
  ]);
  const sessions = await svc.sessionsOf([...open, ...held].map((a) => a.id));
  const first = (a: ListedActivity) => a.sessions[0]?.startsAt ?? '';
  const last = (a: ListedActivity) => a.sessions.at(-1)?.endsAt ?? '';
  return {
    upcoming: open
      .map((a) => listed(a, sessions))
      .filter((a) => last(a) >= now)
      .sort((x, y) => first(x).localeCompare(first(y)))
      .slice(0, UPCOMING),
    recent: held
      .map((a) => listed(a, sessions))
      .sort((x, y) => last(y).localeCompare(last(x)))
      .slice(0, RECENT),
    venues: venues.filter((v) => v.status === 'accredited').map(listedVenue),
  };
}
