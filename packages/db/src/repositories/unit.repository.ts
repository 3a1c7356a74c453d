// Units (org_units): profile and contact details.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

type Db = Kysely<Database>;

export async function findUnit(db: Db, id: number) {
  return db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface UnitPatch {
  contactName?: string | null;
  contactPhone?: string | null;
  note?: string;
}

export async function updateUnit(db: Db, id: number, patch: UnitPatch) {
  return db
    .updateTable('org_units')
    .set({
      ...(patch.contactName !== undefined ? { contact_name: patch.contactName } : {}),
      ...(patch.contactPhone !== undefined ? { contact_phone: patch.contactPhone } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
