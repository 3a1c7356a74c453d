// Venues and bases, their status history, slots and group bookings; the pre-fill's reasons.
import type {
  BookingInput,
  BookingRecord,
  PrefillNote,
  SlotRecord,
  VenueEvent,
  VenueInput,
  VenueRecord,
  VenueStatus,
  WeeklyPeriod,
} from '@kepu/domain/services';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { day, hashTicket, iso, isoOrNull, newTicketToken, num } from './rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const venue = (r: Row): VenueRecord => ({
  id: num(r.id),
  name: String(r.name),
  level: String(r.level),
  category: String(r.category),
  hostUnitId: r.host_unit_id === null ? null : num(r.host_unit_id),
  areaCode: String(r.area_code),
  areaName: String(r.area_name ?? ''),
  address: String(r.address),
  coordinates:
    r.lng === null || r.lat === null
      ? null
      : { lng: num(r.lng), lat: num(r.lat), system: r.coord_system as 'gcj02' | 'wgs84' },
  openingHours: String(r.opening_hours),
  weeklyHours: (r.weekly_hours ?? []) as WeeklyPeriod[],
  accessibility: r.accessibility as string[],
  audiences: r.audiences as string[],
  bookable: Boolean(r.bookable),
  status: r.status as VenueStatus,
  batch: (r.batch as string) ?? null,
  validUntil: r.valid_until === null ? null : day(r.valid_until),
  demo: Boolean(r.demo),
});
const selectVenues = sql`select v.*, ar.name as area_name from svc_venues v join areas ar on ar.code = v.area_code`;

export async function listVenues(db: Db) {
  const { rows } = await sql<Row>`${selectVenues} order by v.level, v.name`.execute(db);
  return rows.map(venue);
}
export async function getVenue(db: Db, id: number) {
  const { rows } = await sql<Row>`${selectVenues} where v.id = ${id}`.execute(db);
  return rows[0] && venue(rows[0]);
}
const textArray = (list: string[]) =>
  list.length ? sql`array[${sql.join(list)}]::text[]` : sql`'{}'::text[]`;
export async function insertVenue(db: Db, v: VenueInput) {
  const c = v.coordinates;
  const { rows } =
    await sql<Row>`insert into svc_venues (name, level, category, host_unit_id, area_code, address,
      lng, lat, coord_system, opening_hours, weekly_hours, accessibility, audiences, bookable, batch, valid_until)
    values (${v.name}, ${v.level}, ${v.category}, ${v.hostUnitId}, ${v.areaCode}, ${v.address}, ${c?.lng ?? null},
      ${c?.lat ?? null}, ${c?.system ?? null}, ${v.openingHours}, ${JSON.stringify(v.weeklyHours)}::jsonb,
      ${textArray(v.accessibility)},
      ${textArray(v.audiences)}, ${v.bookable}, ${v.batch}, ${v.validUntil}) returning id`.execute(db);
  return (await getVenue(db, num(rows[0]?.id))) as VenueRecord;
}
export async function setVenueStatus(
  db: Db,
  id: number,
  status: VenueStatus,
  batch: string | null,
  validUntil: string | null,
) {
  await sql`update svc_venues set status = ${status}, batch = ${batch}, valid_until = ${validUntil} where id = ${id}`.execute(
    db,
  );
}
export async function insertVenueEvent(
  db: Db,
  venueId: number,
  e: Omit<VenueEvent, 'at'> & { byUser: number | null },
) {
  await sql`insert into svc_venue_events (venue_id, from_status, to_status, reason, document_no, by_user, by_name)
    values (${venueId}, ${e.fromStatus}, ${e.toStatus}, ${e.reason}, ${e.documentNo}, ${e.byUser}, ${e.byName})`.execute(
    db,
  );
}
export async function venueEvents(db: Db, venueId: number): Promise<VenueEvent[]> {
  const { rows } =
    await sql<Row>`select * from svc_venue_events where venue_id = ${venueId} order by id`.execute(db);
  return rows.map((r) => ({
    fromStatus: (r.from_status as VenueStatus) ?? null,
    toStatus: r.to_status as VenueStatus,
    reason: String(r.reason),
    documentNo: (r.document_no as string) ?? null,
    byName: String(r.by_name),
    at: iso(r.at),
  }));
}

const slot = (r: Row): SlotRecord => ({
  id: num(r.id),
  venueId: num(r.venue_id),
  startsAt: iso(r.starts_at),
  endsAt: iso(r.ends_at),
  capacity: num(r.capacity),
  taken: num(r.taken),
});
export async function slotsOf(db: Db, venueId: number) {
  const { rows } =
    await sql<Row>`select * from svc_slots where venue_id = ${venueId} order by starts_at, id`.execute(db);
  return rows.map(slot);
}
export async function insertSlots(
  db: Db,
  venueId: number,
  list: Omit<SlotRecord, 'id' | 'venueId' | 'taken'>[],
) {
  for (const s of list)
    await sql`insert into svc_slots (venue_id, starts_at, ends_at, capacity)
      values (${venueId}, ${s.startsAt}, ${s.endsAt}, ${s.capacity})`.execute(db);
}
export async function getSlot(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from svc_slots where id = ${id}`.execute(db);
  return rows[0] && slot(rows[0]);
}
export async function lockSlot(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from svc_slots where id = ${id} for update`.execute(db);
  return rows[0] && slot(rows[0]);
}
export async function setSlotTaken(db: Db, id: number, taken: number) {
  await sql`update svc_slots set taken = ${taken} where id = ${id}`.execute(db);
}
const booking = (r: Row): BookingRecord => ({
  id: num(r.id),
  slotId: num(r.slot_id),
  groupName: String(r.group_name),
  contact: String(r.contact),
  size: num(r.size),
  targetGroup: r.target_group as BookingRecord['targetGroup'],
  status: r.status as BookingRecord['status'],
  cancelReason: (r.cancel_reason as string | null) ?? null,
  cancelledAt: isoOrNull(r.cancelled_at),
});
/** Stores a booking with a new token (returned once, only its hash kept): the group's link to see or cancel it. */
export async function insertBooking(db: Db, b: BookingInput) {
  const token = newTicketToken();
  const { rows } =
    await sql<Row>`insert into svc_bookings (slot_id, group_name, contact, size, target_group, status, token_hash)
    values (${b.slotId}, ${b.groupName}, ${b.contact}, ${b.size}, ${b.targetGroup}, 'booked', ${hashTicket(token)})
    returning *`.execute(db);
  return { ...booking(rows[0] as Row), token };
}
export async function findBooking(db: Db, token: string) {
  const { rows } = await sql<Row>`select * from svc_bookings where token_hash = ${hashTicket(token)}`.execute(
    db,
  );
  return rows[0] && booking(rows[0]);
}
export async function getBooking(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from svc_bookings where id = ${id}`.execute(db);
  return rows[0] && booking(rows[0]);
}
export async function cancelBooking(db: Db, id: number, reason: string | null, at: string) {
  await sql`update svc_bookings set status = 'cancelled', cancel_reason = ${reason}, cancelled_at = ${at}
    where id = ${id}`.execute(db);
}

export async function prefillNotes(db: Db, year: number, unitId: number): Promise<PrefillNote[]> {
  const { rows } =
    await sql<Row>`select * from svc_prefill_notes where year = ${year} and ind_unit_id = ${unitId}
    order by item, option`.execute(db);
  return rows.map((r) => ({
    item: String(r.item),
    option: String(r.option),
    suggested: r.suggested === null ? null : num(r.suggested),
    value: r.value === null ? null : num(r.value),
    reason: (r.reason as string) ?? null,
    byName: String(r.by_name),
    at: iso(r.at),
  }));
}
export async function savePrefillNotes(
  db: Db,
  year: number,
  unitId: number,
  notes: Omit<PrefillNote, 'at'>[],
) {
  for (const n of notes)
    await sql`insert into svc_prefill_notes (year, ind_unit_id, item, option, suggested, value, reason, by_name)
      values (${year}, ${unitId}, ${n.item}, ${n.option}, ${n.suggested}, ${n.value}, ${n.reason}, ${n.byName})
      on conflict (year, ind_unit_id, item, option) do update set suggested = excluded.suggested,
        value = excluded.value, reason = excluded.reason, by_name = excluded.by_name, at = now()`.execute(db);
}
export async function bookingsOf(db: Db, venueId: number) {
  const { rows } = await sql<Row>`select b.* from svc_bookings b join svc_slots s on s.id = b.slot_id
    where s.venue_id = ${venueId} order by s.starts_at, b.id`.execute(db);
  return rows.map(booking);
}
