// Use-cases on a real database: scope checks refuse before anything changes; every change is audited.
import {
  type Actor,
  createUser,
  flattenAreaTree,
  loadAreaTree,
  updateUnitProfile,
  zonedClock,
} from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkCredentials,
  type DatabaseHandle,
  insertAreas,
  inUseCase,
  type KepuContext,
  listAudit,
  openTestDatabases,
} from '../src/index.ts';

const office: Actor = { userId: 0, username: 'office', role: 'office', unitId: null, areaCode: null };
const dawa: Actor = { userId: 0, username: 'dawa', role: 'district', unitId: null, areaCode: '211104' };

describe.each(openTestDatabases())('use-cases on $name', ({ open }) => {
  let h: DatabaseHandle;
  let unitA: number;
  let unitB: number;
  beforeAll(async () => {
    h = await open();
    await insertAreas(h.db, flattenAreaTree(loadAreaTree('211100')));
    const units = await h.db
      .insertInto('org_units')
      .values([
        { jurisdiction_code: '211100', name: '市教育局' },
        { jurisdiction_code: '211100', name: '市科协' },
      ])
      .returning('id')
      .execute();
    [unitA, unitB] = units.map((u) => u.id);
  });
  afterAll(() => h?.close());
  const run = <T>(actor: Actor, fn: (ctx: KepuContext) => Promise<T>) =>
    inUseCase(h.db, actor, zonedClock(), fn);

  it('updates a unit for its liaison and writes before and after to the audit log', async () => {
    const liaison: Actor = { userId: 0, username: 'edu', role: 'liaison', unitId: unitA, areaCode: null };
    await run(liaison, (ctx) => updateUnitProfile(ctx, unitA, { contactName: '王老师' }));
    const { items } = await listAudit(h.db, { limit: 1, offset: 0, entity: 'unit' });
    expect(items[0]).toMatchObject({
      actor_username: 'edu',
      action: 'unit.update',
      entity_id: String(unitA),
    });
    expect(items[0].before).toMatchObject({ contactName: null });
    expect(items[0].after).toMatchObject({ contactName: '王老师' });
    await expect(
      run(liaison, (ctx) => updateUnitProfile(ctx, unitB, { contactName: 'x' })),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('creates a user with a hashed password, and refuses a taken name', async () => {
    const input = {
      username: 'analyst',
      displayName: '分析员',
      password: 'a-long-password',
      role: 'viewer' as const,
      unitId: null,
      areaCode: null,
    };
    const u = await run(office, (ctx) => createUser(ctx, input));
    const row = await h.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', u.id)
      .executeTakeFirst();
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(await checkCredentials(row?.password_hash, 'a-long-password')).toBe(true);
    await expect(run(office, (ctx) => createUser(ctx, input))).rejects.toMatchObject({
      code: 'user.username_taken',
    });
    await expect(run(dawa, (ctx) => createUser(ctx, { ...input, username: 'other' }))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });
});
