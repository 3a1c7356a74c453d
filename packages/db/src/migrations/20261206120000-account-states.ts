// Account states: disabled by the office, locked after failed sign-ins (with the count), and "must change password"
// after a reset by the office. An account's unit and area now fit its role: a unit only for a liaison, an area only
// for a district admin (a viewer with a unit read that unit's notifications). Existing accounts that do not fit lose
// the stray unit or area, and the audit log says so.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('locked_at', 'timestamptz')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0).check(sql`failed_logins >= 0`))
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await sql`
    insert into audit_log (actor_id, actor_username, action, entity, entity_id, before, after)
    select null, 'system', 'user.update', 'user', id::text,
      jsonb_build_object('role', role, 'unitId', unit_id, 'areaCode', area_code),
      jsonb_build_object('role', role,
        'unitId', case when role = 'liaison' then unit_id end,
        'areaCode', case when role = 'district' then area_code end)
    from users
    where (unit_id is not null and role <> 'liaison') or (area_code is not null and role <> 'district')
    order by id`.execute(db);
  await sql`update users set unit_id = null where unit_id is not null and role <> 'liaison'`.execute(db);
  await sql`update users set area_code = null where area_code is not null and role <> 'district'`.execute(db);
  await sql`alter table users add constraint users_scope_fits_role
    check ((unit_id is null or role = 'liaison') and (area_code is null or role = 'district'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_scope_fits_role`.execute(db);
  await db.schema
    .alterTable('users')
    .dropColumn('disabled_at')
    .dropColumn('locked_at')
    .dropColumn('failed_logins')
    .dropColumn('must_change_password')
    .execute();
}
