// Migration 20261205130000: read state moves from the unit (acc_notifications.read_at) to each user; what a unit had
// read counts as read for its users, the repository reads and marks per user, and down() gives back a unit-wide read_at.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, listNotifications, markNotificationsRead } from '../src/index.ts';
import * as migration from '../src/migrations/20261205130000-acc-notification-reads.ts';
import { openTestDatabases } from '../src/testing.ts';

describe.each(openTestDatabases())('per-user notification read state on $name', ({ open }) => {
  let h: DatabaseHandle;
  let unit: number;
  let other: number;
  let ann: number;
  let bob: number;
  let ids: number[];
  beforeAll(async () => {
    h = await open();
    const units = await h.db
      .insertInto('org_units')
      .values([
        { jurisdiction_code: '211100', name: '市教育局' },
        { jurisdiction_code: '211100', name: '市科技局' },
      ])
      .returning('id')
      .execute();
    [unit, other] = units.map((u) => u.id);
    const user = (username: string, unitId: number) => ({
      username,
      display_name: username,
      password_hash: 'x',
      role: 'liaison' as const,
      unit_id: unitId,
    });
    const users = await h.db
      .insertInto('users')
      .values([user('ann', unit), user('bob', unit), user('cat', other)])
      .returning('id')
      .execute();
    [ann, bob] = users.map((u) => u.id);
    // as before the migration: one read_at per notification, for the whole unit
    await migration.down(h.db as unknown as Kysely<unknown>);
    const notes = await h.db
      .insertInto('acc_notifications')
      .values(
        ['a', 'b', 'c'].map((k) => ({
          unit_id: unit,
          kind: 'reminder',
          dedupe_key: k,
          params: '{}',
          link: '/acc',
        })),
      )
      .returning('id')
      .execute();
    ids = notes.map((n) => n.id);
    await sql`update acc_notifications set read_at = now() where id = ${ids[0]}`.execute(h.db);
    await migration.up(h.db as unknown as Kysely<unknown>);
  });
  afterAll(() => h?.close());

  it('counts what the unit had read as read for each of its users, and nothing for another unit’s user', async () => {
    const rows = await h.db
      .selectFrom('acc_notification_reads')
      .select(['notification_id', 'user_id'])
      .execute();
    expect(rows.map((r) => [r.notification_id, r.user_id]).sort()).toEqual(
      [
        [ids[0], ann],
        [ids[0], bob],
      ].sort(),
    );
    expect((await listNotifications(h.db, unit, ann)).unread).toBe(2);
  });

  it('one liaison reading hides nothing from a colleague of the same unit', async () => {
    expect(await markNotificationsRead(h.db, unit, ann, [ids[1]])).toBe(1);
    expect(await markNotificationsRead(h.db, unit, ann, [ids[1]])).toBe(0);
    const a = await listNotifications(h.db, unit, ann);
    const b = await listNotifications(h.db, unit, bob);
    expect([a.unread, b.unread]).toEqual([1, 2]);
    expect(a.items.find((n) => n.id === ids[1])?.readAt).not.toBeNull();
    expect(b.items.find((n) => n.id === ids[1])?.readAt).toBeNull();
    expect(await markNotificationsRead(h.db, unit, bob, 'all')).toBe(2);
    expect((await listNotifications(h.db, unit, bob)).unread).toBe(0);
    expect((await listNotifications(h.db, unit, ann)).unread).toBe(1);
  });

  it('does not mark another unit’s notifications', async () => {
    expect(await markNotificationsRead(h.db, other, ann, [ids[2]])).toBe(0);
    expect((await listNotifications(h.db, unit, ann)).unread).toBe(1);
  });

  it('goes back down to a unit-wide read_at (read when any of its users had read it), and up again', async () => {
    await migration.down(h.db as unknown as Kysely<unknown>);
    const rows = await sql<{ id: number; read: boolean }>`
      select id, read_at is not null as read from acc_notifications order by id`.execute(h.db);
    expect(rows.rows.map((r) => r.read)).toEqual([true, true, true]);
    await migration.up(h.db as unknown as Kysely<unknown>);
    expect((await listNotifications(h.db, unit, ann)).unread).toBe(0);
  });
});
