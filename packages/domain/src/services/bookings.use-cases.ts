// Group bookings at a venue (a school class books seats in a slot, all or none, never past its capacity), the group's
// own link to see or cancel its booking, and the venue's staff cancelling one with a reason (a teacher who phones).
// A cancelled booking's places go back to the slot at once; a booking whose slot has begun stays as it is.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { SvcContext } from './svc.ports.ts';
import type { BookingInput, BookingRecord } from './svc.records.ts';
import { findVenue } from './venues.use-cases.ts';

export async function bookSlot(ctx: SvcContext, body: BookingInput) {
  const slot = await ctx.stores.svc.lockSlot(body.slotId);
  if (!slot) throw fieldError('body.slotId', 'svc.slot_unknown', `no slot ${body.slotId}`);
  const v = await findVenue(ctx, slot.venueId);
  // a slot already begun is no longer offered (the public page lists only those to come)
  if (!v.bookable || v.status !== 'accredited' || Date.parse(slot.startsAt) <= ctx.clock.now().getTime())
    throw new DomainError('svc.booking.closed_conflict', 'this venue or slot takes no bookings');
  if (slot.taken + body.size > slot.capacity)
    throw new DomainError('svc.booking.full_conflict', 'not enough places left in this slot', {
      left: slot.capacity - slot.taken,
    });
  await ctx.stores.svc.setSlotTaken(slot.id, slot.taken + body.size);
  const b = await ctx.stores.svc.insertBooking(body);
  await ctx.audit.write({
    action: 'svc.booking.create',
    entity: 'svc_booking',
    entityId: b.id,
    after: { slotId: slot.id, size: b.size },
  });
  return b;
}

/** A venue's group bookings with their contacts: for the office and the host unit, who receive the groups. */
export async function venueBookings(ctx: SvcContext, venueId: number) {
  const v = await findVenue(ctx, venueId);
  authorize(ctx.actor, 'svc.visits', v.hostUnitId);
  return ctx.stores.svc.bookingsOf(venueId);
}

/** What the group's link shows: its booking, the slot and the venue's name and address. */
export async function publicBooking(ctx: SvcContext, token: string) {
  const b = await ctx.stores.svc.findBooking(token);
  if (!b) throw notFound('svc.booking', 'token');
  const slot = (await ctx.stores.svc.getSlot(b.slotId)) ?? null;
  const v = slot && (await findVenue(ctx, slot.venueId));
  return {
    booking: b,
    slot,
    venue: v && { id: v.id, name: v.name, areaName: v.areaName, address: v.address },
    cancellable: b.status === 'booked' && !!slot && Date.parse(slot.startsAt) > ctx.clock.now().getTime(),
  };
}

async function cancel(ctx: SvcContext, b: BookingRecord, reason: string | null) {
  // the slot row is locked first, as a booking locks it: the places taken are read and written in turn
  const slot = await ctx.stores.svc.lockSlot(b.slotId);
  if (!slot) throw notFound('svc.booking', b.id);
  if (b.status === 'cancelled') return;
  if (b.status !== 'booked' || Date.parse(slot.startsAt) <= ctx.clock.now().getTime())
    throw new DomainError('svc.booking.cancel_conflict', 'the group has come or its slot has begun', {
      status: b.status,
    });
  await ctx.stores.svc.setSlotTaken(slot.id, Math.max(0, slot.taken - b.size));
  await ctx.stores.svc.cancelBooking(b.id, reason, ctx.clock.now().toISOString());
  await ctx.audit.write({
    action: 'svc.booking.cancel',
    entity: 'svc_booking',
    entityId: b.id,
    before: { status: b.status, slotId: slot.id, size: b.size },
    after: { status: 'cancelled', ...(reason ? { reason } : {}) },
  });
}

/** The group cancels by its link; cancelling again changes nothing. */
export async function cancelBookingByToken(ctx: SvcContext, token: string) {
  const b = await ctx.stores.svc.findBooking(token);
  if (!b) throw notFound('svc.booking', 'token');
  await cancel(ctx, b, null);
  return publicBooking(ctx, token);
}

/** The office or the venue's host unit cancels a booking, saying why (the group phoned, the venue must close). */
export async function cancelBookingByStaff(ctx: SvcContext, id: number, reason: string) {
  const b = await ctx.stores.svc.getBooking(id);
  if (!b) throw notFound('svc.booking', id);
  const slot = await ctx.stores.svc.getSlot(b.slotId);
  const v = slot && (await findVenue(ctx, slot.venueId));
  authorize(ctx.actor, 'svc.visits', v ? v.hostUnitId : null);
  await cancel(ctx, b, reason);
  return (await ctx.stores.svc.getBooking(id)) as BookingRecord;
}
