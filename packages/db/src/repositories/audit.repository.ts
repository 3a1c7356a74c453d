// The audit log: who did what, when, with the state before and after; read back with the actor's name and unit and
// the record's name in words.
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../schema.ts';

type Db = Kysely<Database>;

export interface AuditEntry {
  actorId: number | null;
  actorUsername: string;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** When it happened; now when absent (the demo data dates its entries). */
  at?: string;
}

const row = (e: AuditEntry) => ({
  actor_id: e.actorId,
  actor_username: e.actorUsername,
  action: e.action,
  entity: e.entity,
  entity_id: String(e.entityId),
  before: e.before === undefined ? null : JSON.stringify(e.before),
  after: e.after === undefined ? null : JSON.stringify(e.after),
  ...(e.at ? { at: e.at } : {}),
});

export async function writeAudit(db: Db, e: AuditEntry) {
  await db.insertInto('audit_log').values(row(e)).execute();
}

/** Many entries in one statement (the demo data's history). */
export async function writeAuditEntries(db: Db, entries: AuditEntry[]) {
  for (let i = 0; i < entries.length; i += 2000)
    await db
      .insertInto('audit_log')
      .values(entries.slice(i, i + 2000).map(row))
      .execute();
}

export interface AuditQuery {
  limit: number;
  offset: number;
  /** The actor's username. */
  actor?: string;
  /** Entries by the unit's people, or about its reports and rectifications. */
  unit?: number;
  action?: string;
  entity?: string;
  /** Instants: from (inclusive) and until (exclusive). */
  since?: Date;
  until?: Date;
}

/** The entry's id as a number when it is one (report 544), else null: compared with integer keys. */
const numericId = sql<number | null>`(case when a.entity_id ~ '^[0-9]{1,9}$' then a.entity_id::integer end)`;
/** The second part of `year/unitId` (an indicator report). */
const secondId = sql<number | null>`(case when a.entity_id ~ '^[0-9]{4}/[0-9]{1,9}$'
  then split_part(a.entity_id, '/', 2)::integer end)`;

/** The record an entry is about, in words: a report's task, a round's title, an account's name … */
const subjectName = sql<string | null>`(case a.entity
  when 'acc_report' then (select t.title from acc_reports r join acc_rounds rd on rd.id = r.round_id
    join plan_tasks t on t.plan_id = rd.plan_id and t.number = r.task_number where r.id = ${numericId})
  when 'acc_round' then (select title from acc_rounds where id = ${numericId})
  when 'acc_work_item' then (select title from acc_work_items where id = ${numericId})
  when 'acc_inspection' then (select title from acc_inspections where id = ${numericId})
  when 'acc_rectification' then (select finding from acc_rectifications where id = ${numericId})
  when 'acc_weights' then (select title from plans where id = ${numericId})
  when 'plan' then (select title from plans where id = ${numericId})
  when 'user' then coalesce((select display_name from users where id = ${numericId}), a.entity_id)
  when 'unit' then (select name from org_units where id = ${numericId})
  when 'indicator_unit' then (select name from ind_units where id = ${numericId})
  when 'indicator_report' then split_part(a.entity_id, '/', 1)
  when 'indicator_school' then coalesce((select name from ind_schools where id = ${numericId}), a.entity_id)
  when 'survey' then coalesce((select name from surveys where id = ${numericId}), a.entity_id)
  when 'survey_instrument' then coalesce((select title || '（第' || version || '版）' from survey_instruments
    where id = ${numericId}), a.entity_id)
  when 'survey_response' then coalesce((select s.name from survey_responses r join surveys s on s.id = r.survey_id
    where r.id = ${numericId}), a.entity_id)
  when 'svc_campaign' then coalesce((select name from svc_campaigns where id = ${numericId}), a.entity_id)
  when 'svc_activity' then coalesce((select title from svc_activities where id = ${numericId}), a.entity_id)
  when 'svc_venue' then coalesce((select name from svc_venues where id = ${numericId}), a.entity_id)
  when 'vol_team' then coalesce((select name from vol_teams where id = ${numericId}), a.entity_id)
  when 'vol_opportunity' then coalesce((select title from vol_opportunities where id = ${numericId}), a.entity_id)
  when 'vol_certificate' then coalesce((select number from vol_certificates where id = ${numericId}), a.entity_id)
  when 'contest' then coalesce((select title from contests where id = ${numericId}), a.entity_id)
  when 'contest_item' then coalesce((select left(stem, 30) from contest_items where id = ${numericId}), a.entity_id)
  else a.entity_id end)`;
/** The unit the record belongs to: a report's or a rectification's unit, an indicator report's filing unit. */
const subjectUnit = sql<string | null>`(case a.entity
  when 'acc_report' then (select u.name from acc_reports r join org_units u on u.id = r.unit_id where r.id = ${numericId})
  when 'acc_rectification' then (select u.name from acc_rectifications r join org_units u on u.id = r.owner_unit_id
    where r.id = ${numericId})
  when 'indicator_report' then (select name from ind_units where id = ${secondId})
  end)`;

export async function listAudit(db: Db, q: AuditQuery) {
  let base = db
    .selectFrom('audit_log as a')
    .leftJoin('users as p', 'p.id', 'a.actor_id')
    .leftJoin('org_units as pu', 'pu.id', 'p.unit_id')
    .leftJoin('areas as pa', 'pa.code', 'p.area_code');
  if (q.actor) base = base.where('a.actor_username', '=', q.actor);
  if (q.action) base = base.where('a.action', '=', q.action);
  if (q.entity) base = base.where('a.entity', '=', q.entity);
  if (q.since) base = base.where('a.at', '>=', q.since);
  if (q.until) base = base.where('a.at', '<', q.until);
  if (q.unit !== undefined) {
    const unit = q.unit;
    base = base.where(
      (eb) =>
        sql<SqlBool>`(${eb('p.unit_id', '=', unit)}
        or (a.entity = 'acc_report' and exists (select 1 from acc_reports r where r.id = ${numericId} and r.unit_id = ${unit}))
        or (a.entity = 'acc_rectification' and exists (select 1 from acc_rectifications r
          where r.id = ${numericId} and r.owner_unit_id = ${unit})))` as Expression<SqlBool>,
    );
  }
  const [{ total }, items] = await Promise.all([
    base
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .execute()
      .then((r) => r[0]),
    base
      .selectAll('a')
      .select([
        'p.display_name as actor_name',
        sql<string | null>`coalesce(pu.name, pa.name)`.as('actor_unit'),
        subjectName.as('subject_name'),
        subjectUnit.as('subject_unit'),
      ])
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  return { total: Number(total), items };
}
export type AuditRow = Awaited<ReturnType<typeof listAudit>>['items'][number];
