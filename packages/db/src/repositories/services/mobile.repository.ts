// Mobile units and their tour stops (migration 20261223020000): stops are reported once and voided, never deleted.
import type {
  MobileUnitInput,
  MobileUnitRecord,
  TargetGroup,
  TourStopInput,
  TourStopRecord,
} from '@kepu/domain/services';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { isoOrNull, num } from './rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const unit = (r: Row): MobileUnitRecord => ({
  id: num(r.id),
  name: String(r.name),
  kind: r.kind as MobileUnitRecord['kind'],
  hostUnitId: r.host_unit_id === null ? null : num(r.host_unit_id),
  areaCode: String(r.area_code),
  areaName: String(r.area_name),
  demo: Boolean(r.demo),
});
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const json = <T>(v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const stop = (r: Row): TourStopRecord => ({
  id: num(r.id),
  unitId: num(r.unit_id),
  site: String(r.site),
  areaCode: String(r.area_code),
  areaName: String(r.area_name),
  areaPath: (r.area_path as string[]) ?? [],
  address: String(r.address),
  coordinates:
    r.lng === null || r.lat === null
      ? null
      : { lng: Number(r.lng), lat: Number(r.lat), system: r.coord_system as 'gcj02' | 'wgs84' },
  startsOn: day(r.starts_on),
  endsOn: day(r.ends_on),
  campaignId: r.campaign_id === null ? null : num(r.campaign_id),
  headcount: r.headcount === null ? null : json<Partial<Record<TargetGroup, number>>>(r.headcount),
  activities: r.activities === null ? null : num(r.activities),
  km: r.km === null ? null : Number(r.km),
  reportedAt: isoOrNull(r.reported_at),
  voidedAt: isoOrNull(r.voided_at),
  voidReason: r.void_reason === null ? null : String(r.void_reason),
});

const selectUnits = sql`select u.*, a.name as area_name from svc_mobile_units u join areas a on a.code = u.area_code`;
const selectStops = sql`select s.*, a.name as area_name, a.path as area_path
  from svc_tour_stops s join areas a on a.code = s.area_code`;

export async function listMobileUnits(db: Db) {
  const { rows } = await sql<Row>`${selectUnits} order by u.id`.execute(db);
  return rows.map(unit);
}
export async function getMobileUnit(db: Db, id: number) {
  const { rows } = await sql<Row>`${selectUnits} where u.id = ${id}`.execute(db);
  return rows[0] && unit(rows[0]);
}
export async function insertMobileUnit(db: Db, u: MobileUnitInput) {
  const { rows } = await sql<Row>`insert into svc_mobile_units (name, kind, host_unit_id, area_code)
    values (${u.name}, ${u.kind}, ${u.hostUnitId}, ${u.areaCode}) returning id`.execute(db);
  return (await getMobileUnit(db, num(rows[0]?.id))) as MobileUnitRecord;
}
export async function tourStops(db: Db, unitId?: number) {
  const where = unitId === undefined ? sql`true` : sql`s.unit_id = ${unitId}`;
  const { rows } = await sql<Row>`${selectStops} where ${where} order by s.starts_on, s.id`.execute(db);
  return rows.map(stop);
}
export async function getTourStop(db: Db, id: number) {
  const { rows } = await sql<Row>`${selectStops} where s.id = ${id}`.execute(db);
  return rows[0] && stop(rows[0]);
}
export async function insertTourStop(db: Db, s: TourStopInput) {
  const c = s.coordinates;
  const { rows } =
    await sql<Row>`insert into svc_tour_stops (unit_id, site, area_code, address, lng, lat, coord_system,
      starts_on, ends_on, campaign_id, created_by)
    values (${s.unitId}, ${s.site}, ${s.areaCode}, ${s.address}, ${c?.lng ?? null}, ${c?.lat ?? null},
      ${c?.system ?? null}, ${s.startsOn}, ${s.endsOn}, ${s.campaignId}, ${s.createdBy}) returning id`.execute(
      db,
    );
  return (await getTourStop(db, num(rows[0]?.id))) as TourStopRecord;
}
export async function reportTourStop(
  db: Db,
  id: number,
  r: { headcount: Partial<Record<TargetGroup, number>>; activities: number; km: number },
  at: string,
) {
  await sql`update svc_tour_stops set headcount = ${JSON.stringify(r.headcount)}::jsonb, activities = ${r.activities},
    km = ${r.km}, reported_at = ${at} where id = ${id}`.execute(db);
}
export async function voidTourStop(db: Db, id: number, reason: string, at: string) {
  await sql`update svc_tour_stops set voided_at = ${at}, void_reason = ${reason} where id = ${id}`.execute(
    db,
  );
}
