// Mobile units (issue 15: 科普大篷车, 流动科技馆 sets) and their tour stops: where and when a unit stops, and, reported
// after the stop, its visitors by target group, activities held there and the kilometres driven to it. A reported
// stop's visitors are ledger entries (kind visit, evidence tour_stop:<id>); a stop is voided with a reason, never
// deleted, and its entries with it.
import { type Kysely, sql } from 'kysely';

const statements = [
  sql`create table svc_mobile_units (
    id serial primary key,
    name text not null,
    kind text not null check (kind in ('caravan','mobile_museum','other')),
    host_unit_id integer references org_units(id),
    area_code text not null references areas(code),
    demo boolean not null default false,
    created_at timestamptz not null default now())`,
  sql`create table svc_tour_stops (
    id serial primary key,
    unit_id integer not null references svc_mobile_units(id),
    site text not null,
    area_code text not null references areas(code),
    address text not null default '',
    lng double precision, lat double precision,
    coord_system text check (coord_system in ('gcj02','wgs84')),
    starts_on date not null,
    ends_on date not null check (ends_on >= starts_on),
    campaign_id integer references svc_campaigns(id),
    headcount jsonb,
    activities integer check (activities >= 0),
    km numeric(8,1) check (km >= 0),
    reported_at timestamptz,
    voided_at timestamptz,
    void_reason text,
    created_by text not null,
    created_at timestamptz not null default now())`,
  sql`create index svc_tour_stops_unit on svc_tour_stops (unit_id, starts_on)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table svc_tour_stops`.execute(db);
  await sql`drop table svc_mobile_units`.execute(db);
}
