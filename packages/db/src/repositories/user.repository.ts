// Accounts and their sessions.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { UsersTable } from '../schema/core.ts';

type Db = Kysely<Database>;

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: UsersTable['role'];
  unitId: number | null;
  areaCode: string | null;
}

export async function insertUser(db: Db, u: NewUser) {
  return db
    .insertInto('users')
    .values({ username: u.username, display_name: u.displayName, password_hash: u.passwordHash, role: u.role, unit_id: u.unitId, area_code: u.areaCode })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/** Users, optionally only those whose area lies in the subtree of `areaRoot`. */
export async function listUsers(db: Db, areaRoot?: string) {
  let q = db
    .selectFrom('users as u')
    .leftJoin('areas as a', 'a.code', 'u.area_code')
    .leftJoin('org_units as o', 'o.id', 'u.unit_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.unit_id', 'o.name as unit_name', 'u.area_code', 'a.name as area_name', 'a.path as area_path', 'u.created_at'])
    .orderBy('u.id');
  if (areaRoot !== undefined) {
    q = q.where((eb) => eb.or([eb('u.area_code', '=', areaRoot), eb(eb.val(areaRoot), '=', eb.fn.any('a.path'))]));
  }
  return q.execute();
}

export async function insertSession(db: Db, id: string, userId: number, expiresAt: Date) {
  await db.insertInto('sessions').values({ id, user_id: userId, expires_at: expiresAt }).execute();
}

/** The session's user, if the session exists and has not expired. */
export async function findSessionUser(db: Db, id: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.unit_id', 'u.area_code', 's.expires_at'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function deleteSession(db: Db, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function purgeExpiredSessions(db: Db) {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}
