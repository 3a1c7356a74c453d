// The audit log: who did what, when, with the state before and after.
import type { Kysely } from 'kysely';
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
}

export async function writeAudit(db: Db, e: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: e.actorId,
      actor_username: e.actorUsername,
      action: e.action,
      entity: e.entity,
      entity_id: String(e.entityId),
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}

export interface AuditQuery {
  limit: number;
  offset: number;
  actor?: string;
  entity?: string;
}

export async function listAudit(db: Db, q: AuditQuery) {
  let base = db.selectFrom('audit_log');
  if (q.actor) base = base.where('actor_username', '=', q.actor);
  if (q.entity) base = base.where('entity', '=', q.entity);
  const [{ total }, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as('total')).execute().then((r) => r[0]),
    base.selectAll().orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
  ]);
  return { total: Number(total), items };
}
