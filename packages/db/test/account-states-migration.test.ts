// Migration 20261206120000: accounts get their sign-in state (disabled, locked with a count, must change password);
// a unit only for a liaison and an area only for a district admin. Accounts stored before that do not fit lose the
// stray unit or area (a viewer with a unit read that unit's notifications), the audit log says so, and the database
// refuses such an account from then on.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/index.ts';
import * as migration from '../src/migrations/20261206120000-account-states.ts';
import { openTestDatabases } from '../src/testing.ts';

describe.each(openTestDatabases())('account states migration on $name', ({ open }) => {
  let h: DatabaseHandle;
  let unitId: number;
  const raw = () => h.db as unknown as Kysely<unknown>;
  const user = async (username: string) =>
    (await sql<Record<string, unknown>>`select * from users where username = ${username}`.execute(h.db))
      .rows[0];

  beforeAll(async () => {
    h = await open();
    await migration.down(raw());
    await h.db
      .insertInto('areas')
      .values({ code: '211104', name: '大洼区', level: 'district', parent_code: null, path: [] })
      .execute();
    unitId = (
      await h.db
        .insertInto('org_units')
        .values({ jurisdiction_code: '211100', name: '市科协' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const row = (username: string, role: string, unit: number | null, area: string | null) =>
      sql`insert into users (username, display_name, password_hash, role, unit_id, area_code)
          values (${username}, ${username}, 'x', ${role}, ${unit}, ${area})`.execute(h.db);
    await row('viewer-with-unit', 'viewer', unitId, null);
    await row('office-with-area', 'office', null, '211104');
    await row('liaison-with-both', 'liaison', unitId, '211104');
    await row('fitting-liaison', 'liaison', unitId, null);
    await row('fitting-district', 'district', null, '211104');
  });
  afterAll(() => h?.close());

  it('clears the stray unit or area, audits it, and adds the state columns', async () => {
    await migration.up(raw());
    expect(await user('viewer-with-unit')).toMatchObject({ unit_id: null, area_code: null });
    expect(await user('office-with-area')).toMatchObject({ unit_id: null, area_code: null });
    expect(await user('liaison-with-both')).toMatchObject({ unit_id: unitId, area_code: null });
    expect(await user('fitting-liaison')).toMatchObject({ unit_id: unitId });
    expect(await user('fitting-district')).toMatchObject({
      area_code: '211104',
      disabled_at: null,
      locked_at: null,
      failed_logins: 0,
      must_change_password: false,
    });
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.update')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.actor_username, a.before, a.after])).toEqual([
      [
        'system',
        { role: 'viewer', unitId, areaCode: null },
        { role: 'viewer', unitId: null, areaCode: null },
      ],
      [
        'system',
        { role: 'office', unitId: null, areaCode: '211104' },
        { role: 'office', unitId: null, areaCode: null },
      ],
      [
        'system',
        { role: 'liaison', unitId, areaCode: '211104' },
        { role: 'liaison', unitId, areaCode: null },
      ],
    ]);
  });

  it('refuses a unit for a role without one from then on', async () => {
    await expect(
      sql`update users set unit_id = ${unitId} where username = 'viewer-with-unit'`.execute(h.db),
    ).rejects.toThrow(/users_scope_fits_role/);
  });

  it('down() takes the columns and the check away again', async () => {
    await migration.down(raw());
    await sql`update users set unit_id = ${unitId} where username = 'viewer-with-unit'`.execute(h.db);
    expect(await user('viewer-with-unit')).not.toHaveProperty('disabled_at');
    await sql`update users set unit_id = null where username = 'viewer-with-unit'`.execute(h.db);
    await migration.up(raw());
  });
});
