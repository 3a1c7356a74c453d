// Accounts and their sessions.
import { type Kysely, sql } from 'kysely';
import type { UsersTable } from '../schema/core.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database>;

/** A selection: the account named by the `username` column as people read it, its unit then its name ("市科协 张三"),
 *  or the name alone when it starts with the unit's already; null for an unknown account. */
export function personName(username: string) {
  // aliases of their own: the caller's may be `u` or `o`
  return sql<
    string | null
  >`(select case when pn_unit.name is null or starts_with(pn_user.display_name, pn_unit.name)
    then pn_user.display_name else pn_unit.name || ' ' || pn_user.display_name end
    from users pn_user left join org_units pn_unit on pn_unit.id = pn_user.unit_id
    where pn_user.username = ${sql.ref(username)})`;
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: UsersTable['role'];
  unitId: number | null;
  areaCode: string | null;
  /** The jurisdiction the account is scoped to (and everything below it); absent: the server's default. */
  jurisdictionCode?: string | null;
}

export async function insertUser(db: Db, u: NewUser) {
  return db
    .insertInto('users')
    .values({
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      role: u.role,
      unit_id: u.unitId,
      area_code: u.areaCode,
      jurisdiction_code: u.jurisdictionCode ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(db: Db, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface UserChange {
  displayName?: string;
  role?: UsersTable['role'];
  unitId?: number | null;
  areaCode?: string | null;
  passwordHash?: string;
  disabledAt?: Date | null;
  lockedAt?: Date | null;
  failedLogins?: number;
  mustChangePassword?: boolean;
}

/** Changes the named fields of an account (those left out stay); answers the row. */
export async function updateUserRow(db: Db, id: number, c: UserChange) {
  const set = {
    display_name: c.displayName,
    role: c.role,
    unit_id: c.unitId,
    area_code: c.areaCode,
    password_hash: c.passwordHash,
    disabled_at: c.disabledAt,
    locked_at: c.lockedAt,
    failed_logins: c.failedLogins,
    must_change_password: c.mustChangePassword,
  };
  const values = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  if (Object.keys(values).length === 0)
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return db.updateTable('users').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** One more failed sign-in; locked at `at` when the count reaches `lockAfter`, in one statement (no lost updates). */
export async function countFailedSignIn(db: Db, id: number, lockAfter: number, at: Date) {
  return db
    .updateTable('users')
    .set({
      failed_logins: sql<number>`failed_logins + 1`,
      // both expressions read the row as it was before this statement
      locked_at: sql<Date | null>`case when failed_logins + 1 >= ${lockAfter} then coalesce(locked_at, ${at}) else locked_at end`,
    })
    .where('id', '=', id)
    .returning(['failed_logins', 'locked_at'])
    .executeTakeFirstOrThrow();
}

/** Ids of the office accounts not disabled, locked (FOR UPDATE) until the transaction ends. */
export async function enabledOfficeIds(db: Db, jurisdictionCode?: string | null) {
  let q = db.selectFrom('users').select('id').where('role', '=', 'office').where('disabled_at', 'is', null);
  if (jurisdictionCode !== undefined)
    q =
      jurisdictionCode === null
        ? q.where('jurisdiction_code', 'is', null)
        : q.where('jurisdiction_code', '=', jurisdictionCode);
  const rows = await q.orderBy('id').forUpdate().execute();
  return rows.map((r) => r.id);
}

/** Users, optionally only those whose area lies in the subtree of `areaRoot`. */
export async function listUsers(db: Db, areaRoot?: string) {
  let q = db
    .selectFrom('users as u')
    .leftJoin('areas as a', 'a.code', 'u.area_code')
    .leftJoin('org_units as o', 'o.id', 'u.unit_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.unit_id',
      'o.name as unit_name',
      'u.area_code',
      'a.name as area_name',
      'a.path as area_path',
      'u.created_at',
      'u.disabled_at',
      'u.locked_at',
      'u.failed_logins',
      'u.must_change_password',
      'u.jurisdiction_code',
    ])
    .orderBy('u.id');
  if (areaRoot !== undefined) {
    q = q.where((eb) =>
      eb.or([eb('u.area_code', '=', areaRoot), eb(eb.val(areaRoot), '=', eb.fn.any('a.path'))]),
    );
  }
  return q.execute();
}

export async function insertSession(db: Db, id: string, userId: number, expiresAt: Date) {
  await db.insertInto('sessions').values({ id, user_id: userId, expires_at: expiresAt }).execute();
}

/** The session's user, if the session exists, has not expired and its account is not disabled. */
export async function findSessionUser(db: Db, id: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.unit_id',
      'u.area_code',
      'u.must_change_password',
      'u.jurisdiction_code',
      's.jurisdiction_code as session_jurisdiction',
      's.expires_at',
    ])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', new Date())
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of the user but `except`. */
export async function deleteUserSessions(db: Db, userId: number, except?: string) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except !== undefined) q = q.where('id', '<>', except);
  await q.execute();
}

export async function purgeExpiredSessions(db: Db) {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}
