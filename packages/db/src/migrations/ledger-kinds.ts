// The participation ledger's kind check, changed by the capabilities that add a kind of their own. Each rebuilds the
// check from the one in place (pg_get_constraintdef lists the kinds quoted), so migrations of several capabilities
// add their kinds in any order and none drops another's.
import { type Kysely, sql } from 'kysely';

async function ledgerKinds(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ def: string }>`select pg_get_constraintdef(oid) as def from pg_constraint
    where conname = 'svc_ledger_kind_check' and conrelid = 'svc_ledger'::regclass`.execute(db);
  return [...(rows[0]?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1] as string);
}

async function setLedgerKinds(db: Kysely<unknown>, kinds: string[]) {
  await sql`alter table svc_ledger drop constraint svc_ledger_kind_check`.execute(db);
  const list = sql.raw(kinds.map((k) => `'${k}'`).join(','));
  await sql`alter table svc_ledger add constraint svc_ledger_kind_check check (kind in (${list}))`.execute(
    db,
  );
}

export async function addLedgerKind(db: Kysely<unknown>, kind: string) {
  await setLedgerKinds(db, [...new Set([...(await ledgerKinds(db)), kind])]);
}

/** Drops the kind and the entries of that kind (a migration's down). */
export async function dropLedgerKind(db: Kysely<unknown>, kind: string) {
  await sql`delete from svc_ledger where kind = ${kind}`.execute(db);
  await setLedgerKinds(
    db,
    (await ledgerKinds(db)).filter((k) => k !== kind),
  );
}
