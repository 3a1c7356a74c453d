// The email outbox: a notification for a unit with an address becomes a pending row; failures are recorded, never lost.
import type { AccOutboxRow, AccOutboxStore } from '@kepu/domain/accountability';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { AccEmailOutboxTable } from '../../schema/accountability.ts';
import type { Database } from '../../schema.ts';

type Db = Kysely<Database>;
const iso = (d: Date | string) => new Date(d).toISOString();

/** A unit's reminder addresses are kept in one row of acc_unit_emails, comma-separated. */
const addressList = (stored: string) => stored.split(/[,;\s]+/).filter((a) => a.length > 0);

export async function unitEmails(db: Db, unitId: number): Promise<string[]> {
  const r = await db
    .selectFrom('acc_unit_emails')
    .select('email')
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return r ? addressList(r.email) : [];
}

/** Replaces a unit's reminder addresses; an empty list removes the row, so no mail is queued for the unit. A changed
 * list keeps its `since`; a unit given addresses again after removing them starts afresh. */
export async function setUnitEmails(db: Db, unitId: number, emails: string[]) {
  if (emails.length === 0) {
    await db.deleteFrom('acc_unit_emails').where('unit_id', '=', unitId).execute();
    return;
  }
  const email = emails.join(', ');
  await db
    .insertInto('acc_unit_emails')
    .values({ unit_id: unitId, email })
    .onConflict((oc) => oc.column('unit_id').doUpdateSet({ email }))
    .execute();
}

/** Queues notifications not yet queued whose unit has had an email address since before they were made, one row per
 * address; returns how many notifications were queued. */
export async function enqueueEmails(
  db: Db,
  render: (n: { kind: string; params: unknown }) => { subject: string; body: string },
) {
  const rows = await db
    .selectFrom('acc_notifications as n')
    .innerJoin('acc_unit_emails as e', 'e.unit_id', 'n.unit_id')
    .leftJoin('acc_email_outbox as o', 'o.notification_id', 'n.id')
    .select(['n.id', 'n.kind', 'n.params', 'e.email'])
    .where('o.id', 'is', null)
    .whereRef('n.created_at', '>=', 'e.since')
    .execute();
  for (const r of rows) {
    const m = render({ kind: r.kind, params: r.params });
    const values = addressList(r.email).map((to) => ({
      notification_id: r.id,
      to_address: to,
      subject: m.subject,
      body: m.body,
      state: 'pending' as const,
    }));
    if (values.length > 0) await db.insertInto('acc_email_outbox').values(values).execute();
  }
  return rows.length;
}

export type OutboxState = 'pending' | 'sent' | 'failed';

export async function listOutbox(db: Db, state?: OutboxState, limit = 50) {
  let q = db.selectFrom('acc_email_outbox').selectAll();
  if (state) q = q.where('state', '=', state);
  return q.orderBy('id').limit(limit).execute();
}

/** The newest rows first, for the office's page, with how many there are in each state. */
export async function outboxPage(db: Db, state?: OutboxState, limit = 200) {
  let q = db.selectFrom('acc_email_outbox').selectAll();
  if (state) q = q.where('state', '=', state);
  const [rows, counts] = await Promise.all([
    q.orderBy('id', 'desc').limit(limit).execute(),
    db
      .selectFrom('acc_email_outbox')
      .select((eb) => ['state', eb.fn.countAll<string>().as('n')])
      .groupBy('state')
      .execute(),
  ]);
  const count = { pending: 0, sent: 0, failed: 0 };
  for (const c of counts) count[c.state] = Number(c.n);
  return { rows, count };
}

export async function findOutbox(db: Db, id: number) {
  return db.selectFrom('acc_email_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Puts a failed row back in the queue (the office's "retry now"); false when it was not failed. */
export async function requeueOutbox(db: Db, id: number) {
  const r = await db
    .updateTable('acc_email_outbox')
    .set({ state: 'pending' })
    .where('id', '=', id)
    .where('state', '=', 'failed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records a send attempt; `at` is the clock's now (the database's when not given). */
export async function markOutbox(
  db: Db,
  id: number,
  result: { ok: true } | { ok: false; error: string },
  at?: Date,
) {
  await db
    .updateTable('acc_email_outbox')
    .set(
      result.ok
        ? { state: 'sent', sent_at: at ?? sql`now()`, attempts: sql`attempts + 1`, last_error: null }
        : { state: 'failed', attempts: sql`attempts + 1`, last_error: result.error.slice(0, 500) },
    )
    .where('id', '=', id)
    .execute();
}

export const toOutboxRow = (r: Selectable<AccEmailOutboxTable>): AccOutboxRow => ({
  id: r.id,
  notificationId: r.notification_id,
  to: r.to_address,
  subject: r.subject,
  body: r.body,
  state: r.state,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: iso(r.created_at),
  sentAt: r.sent_at ? iso(r.sent_at) : null,
});

/** The outbox part of the AccStore. */
export function accOutboxStore(db: Db): AccOutboxStore {
  return {
    enqueueEmails: (render) => enqueueEmails(db, render),
    listOutbox: async (state, limit) => (await listOutbox(db, state, limit)).map(toOutboxRow),
    outboxPage: async (state, limit) => {
      const { rows, count } = await outboxPage(db, state, limit);
      return { rows: rows.map(toOutboxRow), count };
    },
    findOutbox: async (id) => {
      const r = await findOutbox(db, id);
      return r && toOutboxRow(r);
    },
    requeueOutbox: (id) => requeueOutbox(db, id),
    markOutbox: (id, result, at) => markOutbox(db, id, result, at),
  };
}
