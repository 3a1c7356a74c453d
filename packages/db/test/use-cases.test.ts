// Use-cases on a real database: scope checks refuse before anything changes; every change is audited.
import { type Actor, createUser, flattenAreaTree, loadAreaTree, updateUnitProfile } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, insertAreas, listAudit, openTestDatabases, storesFor } from '../src/index.ts';

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
      .values([{ jurisdiction_code: '211100', name: '市教育局' }, { jurisdiction_code: '211100', name: '市科协' }])
      .returning('id')
      .execute();
    [unitA, unitB] = units.map((u) => u.id);
  });
  afterAll(() => h?.close());
  const run = <T>(actor: Actor, fn: (s: ReturnType<typeof storesFor>) => Promise<T>) => h.db.transaction().execute((trx) => fn(storesFor(trx, actor)));

  it('updates a unit for its liaison and writes before and after to the audit log', async () => {
    const liaison: Actor = { userId: 0, username: 'edu', role: 'liaison', unitId: unitA, areaCode: null };
    await run(liaison, (s) => updateUnitProfile({ actor: liaison, ...s }, unitA, { contactName: '王老师' }));
    const { items } = await listAudit(h.db, { limit: 1, offset: 0, entity: 'unit' });
    expect(items[0]).toMatchObject({ actor_username: 'edu', action: 'unit.update', entity_id: String(unitA) });
    expect(items[0].before).toMatchObject({ contactName: null });
    expect(items[0].after).toMatchObject({ contactName: '王老师' });
    await expect(run(liaison, (s) => updateUnitProfile({ actor: liaison, ...s }, unitB, { contactName: 'x' }))).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('creates a user with a hashed password, and refuses a taken name', async () => {
    const hashPassword = async (p: string) => `hashed:${p.length}`;
    const input = { username: 'analyst', displayName: '分析员', password: 'a-long-password', role: 'viewer' as const, unitId: null, areaCode: null };
    const u = await run(office, (s) => createUser({ actor: office, ...s, hashPassword }, input));
    const row = await h.db.selectFrom('users').select('password_hash').where('id', '=', u.id).executeTakeFirst();
    expect(row?.password_hash).toBe('hashed:15');
    await expect(run(office, (s) => createUser({ actor: office, ...s, hashPassword }, input))).rejects.toMatchObject({ code: 'user.username_taken' });
    await expect(run(dawa, (s) => createUser({ actor: dawa, ...s, hashPassword }, { ...input, username: 'other' }))).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});
