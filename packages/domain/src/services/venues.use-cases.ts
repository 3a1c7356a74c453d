// Venues and bases: the registry, accreditation status (each change with its reason and document number), bookable
// slots (a group books seats without overbooking: the slot row is locked), and visits written to the ledger.
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { type ListedVenue, listedVenue, publishedResults } from './public-listing.use-cases.ts';
import type { TargetGroup, VenueStatus } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';
import type { SlotRecord, VenueInput, VenueRecord } from './svc.records.ts';
import { openNow } from './venue-hours.ts';

const who = (ctx: SvcContext) => ctx.actor?.username ?? 'system';

export async function findVenue(ctx: SvcContext, id: number): Promise<VenueRecord> {
  const v = await ctx.stores.svc.getVenue(id);
  if (!v) throw notFound('svc.venue', id);
  return v;
}

export async function createVenue(ctx: SvcContext, input: VenueInput) {
  authorize(ctx.actor, 'svc.venues');
  if (!(await ctx.stores.areas.find(input.areaCode)))
    throw fieldError('body.areaCode', 'svc.area_unknown', `no area ${input.areaCode}`, {
      area: input.areaCode,
    });
  const v = await ctx.stores.svc.insertVenue(input);
  await ctx.stores.svc.insertVenueEvent(v.id, {
    fromStatus: null,
    toStatus: 'applying',
    reason: '登记',
    documentNo: null,
    byName: who(ctx),
    byUser: ctx.actor?.userId || null,
  });
  await ctx.audit.write({ action: 'svc.venue.create', entity: 'svc_venue', entityId: v.id, after: input });
  return v;
}

export async function setVenueStatus(
  ctx: SvcContext,
  id: number,
  body: {
    status: VenueStatus;
    reason: string;
    documentNo: string | null;
    batch?: string | null;
    validUntil?: string | null;
  },
) {
  authorize(ctx.actor, 'svc.venues');
  const v = await findVenue(ctx, id);
  if (body.status === 'accredited' && !body.documentNo)
    throw fieldError(
      'body.documentNo',
      'svc.venue.document_missing',
      'accreditation needs the document number',
    );
  const batch = body.batch !== undefined ? body.batch : v.batch;
  const validUntil = body.validUntil !== undefined ? body.validUntil : v.validUntil;
  await ctx.stores.svc.setVenueStatus(id, body.status, batch, validUntil);
  await ctx.stores.svc.insertVenueEvent(id, {
    fromStatus: v.status,
    toStatus: body.status,
    reason: body.reason,
    documentNo: body.documentNo,
    byName: who(ctx),
    byUser: ctx.actor?.userId || null,
  });
  await ctx.audit.write({
    action: 'svc.venue.status',
    entity: 'svc_venue',
    entityId: id,
    before: { status: v.status },
    after: body,
  });
  return { ...v, status: body.status, batch, validUntil };
}

/** For staff: the venue, every status change with who made it, every slot. */
export async function venueDetail(ctx: SvcContext, id: number) {
  authorize(ctx.actor, 'svc.ledger.read');
  const v = await findVenue(ctx, id);
  const [events, slots] = await Promise.all([ctx.stores.svc.venueEvents(id), ctx.stores.svc.slotsOf(id)]);
  return { venue: v, events, slots };
}

export interface VenueFilter {
  level?: string;
  category?: string;
  audience?: string;
  bookable?: string;
  open?: string;
}
export type PublicVenue = ListedVenue & { openNow: boolean | null };

/** Accredited venues by level, category, audience, whether groups may book and whether open now (by their weekly
 *  hours in the jurisdiction's time; a venue without them is left out of "open now"). */
export function filterVenues(
  venues: ListedVenue[],
  q: VenueFilter,
  timeZone: string,
  at: Date,
): PublicVenue[] {
  return venues
    .map((v) => ({ ...v, openNow: openNow(v.weeklyHours, timeZone, at) }))
    .filter(
      (v) =>
        (!q.level || v.level === q.level) &&
        (!q.category || v.category === q.category) &&
        (!q.audience || v.audiences.includes(q.audience)) &&
        (!q.bookable || v.bookable === (q.bookable === 'true')) &&
        (!q.open || v.openNow === true),
    );
}

async function accredited(ctx: SvcContext) {
  const [venues, results] = await Promise.all([ctx.stores.svc.listVenues(), publishedResults(ctx)]);
  return venues.filter((v) => v.status === 'accredited').map((v) => listedVenue(v, results.get(v.id)));
}

export async function publicVenues(ctx: SvcContext, q: VenueFilter) {
  return filterVenues(await accredited(ctx), q, ctx.clock.timeZone, ctx.clock.now());
}

/** A venue's public page: an accredited venue, its accreditation (document numbers, not who entered them) and the
 *  slots still to come with the places left. */
export async function publicVenue(ctx: SvcContext, id: number) {
  const v = await ctx.stores.svc.getVenue(id);
  if (!v || v.status !== 'accredited') throw notFound('svc.venue', id);
  const now = ctx.clock.now();
  const [events, slots, results] = await Promise.all([
    ctx.stores.svc.venueEvents(id),
    ctx.stores.svc.slotsOf(id),
    publishedResults(ctx),
  ]);
  return {
    venue: { ...listedVenue(v, results.get(id)), openNow: openNow(v.weeklyHours, ctx.clock.timeZone, now) },
    events: events.map(({ byName: _, ...e }) => e),
    slots: slots
      .filter((s) => Date.parse(s.startsAt) > now.getTime())
      .map((s) => ({
        id: s.id,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        capacity: s.capacity,
        left: Math.max(0, s.capacity - s.taken),
      })),
  };
}

export async function listVenues(ctx: SvcContext) {
  authorize(ctx.actor, 'svc.ledger.read');
  return ctx.stores.svc.listVenues();
}

export async function addSlots(
  ctx: SvcContext,
  venueId: number,
  slots: Omit<SlotRecord, 'id' | 'venueId' | 'taken'>[],
) {
  authorize(ctx.actor, 'svc.venues');
  await findVenue(ctx, venueId);
  await ctx.stores.svc.insertSlots(venueId, slots);
  await ctx.audit.write({ action: 'svc.venue.slots', entity: 'svc_venue', entityId: venueId, after: slots });
  return ctx.stores.svc.slotsOf(venueId);
}

/** People at a venue (a door count or a group that came): a visit entry in the ledger. */
export async function recordVisit(
  ctx: SvcContext,
  venueId: number,
  body: { targetGroup: TargetGroup; count: number },
) {
  const v = await findVenue(ctx, venueId);
  authorize(ctx.actor, 'svc.visits', v.hostUnitId);
  await ctx.stores.svc.insertLedger([
    {
      kind: 'visit',
      registrationId: null,
      targetGroup: body.targetGroup,
      areaCode: v.areaCode,
      campaignId: null,
      activityId: null,
      venueId,
      count: body.count,
      occurredAt: ctx.clock.now().toISOString(),
      evidence: null,
      createdBy: who(ctx),
    },
  ]);
  await ctx.audit.write({ action: 'svc.visit.record', entity: 'svc_venue', entityId: venueId, after: body });
  return { recorded: body.count };
}
