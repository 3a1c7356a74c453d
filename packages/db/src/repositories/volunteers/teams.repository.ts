// Teams (with their area and member count), the issuer's seal image, and the star levels' hours.
import type { TeamInput, TeamRecord } from '@kepu/domain/volunteers';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const team = (r: Row): TeamRecord => ({
  id: num(r.id),
  name: String(r.name),
  level: r.level as TeamRecord['level'],
  parentId: r.parent_id === null ? null : num(r.parent_id),
  areaCode: String(r.area_code),
  areaName: String(r.area_name),
  areaPath: (r.area_path as string[]) ?? [],
  host: String(r.host),
  hasSeal: Boolean(r.has_seal),
  members: num(r.members),
  demo: Boolean(r.demo),
});

const select = sql`select t.id, t.name, t.level, t.parent_id, t.area_code, t.host, t.demo, t.seal_png is not null as has_seal,
    ar.name as area_name, ar.path as area_path,
    (select count(*) from vol_volunteers v where v.team_id = t.id and v.status <> 'erased') as members
  from vol_teams t join areas ar on ar.code = t.area_code`;

export async function listTeams(db: Db) {
  const { rows } = await sql<Row>`${select} order by t.level, t.parent_id nulls first, t.id`.execute(db);
  return rows.map(team);
}

export async function getTeam(db: Db, id: number) {
  const { rows } = await sql<Row>`${select} where t.id = ${id}`.execute(db);
  return rows[0] && team(rows[0]);
}

export async function insertTeam(db: Db, t: TeamInput) {
  const { rows } = await sql<Row>`insert into vol_teams (name, level, parent_id, area_code, host)
    values (${t.name}, ${t.level}, ${t.parentId}, ${t.areaCode}, ${t.host}) returning id`.execute(db);
  return (await getTeam(db, num(rows[0]?.id))) as TeamRecord;
}

export async function setSeal(db: Db, id: number, png: Buffer) {
  await sql`update vol_teams set seal_png = ${png} where id = ${id}`.execute(db);
}

export async function seal(db: Db, id: number): Promise<Buffer | null> {
  const { rows } = await sql<Row>`select seal_png from vol_teams where id = ${id}`.execute(db);
  const b = rows[0]?.seal_png;
  return b ? Buffer.from(b as Uint8Array) : null;
}

export async function starHours(db: Db): Promise<number[]> {
  const { rows } = await sql<Row>`select star_hours from vol_settings where id = 1`.execute(db);
  return ((rows[0]?.star_hours as unknown[]) ?? []).map(Number);
}

export async function setStarHours(db: Db, list: number[]) {
  await sql`update vol_settings set star_hours = ${sql.raw(`'{${list.map(Number).join(',')}}'`)} where id = 1`.execute(
    db,
  );
}
