// Area trees of any jurisdiction into the one area forest, on each engine (issue 13): a province imported over a
// stored city tree takes the city under it (paths made true), again changes nothing, a hand-written tree for a code
// the package lacks is taken, a malformed one is refused naming the field; each import is in the audit log.
import { type Actor, flattenAreaTree, loadAreaTree, zonedClock } from '@kepu/domain';
import { importAreaTree } from '@kepu/domain/jurisdictions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, insertAreas, inUseCase, listAudit, openTestDatabases } from '../src/index.ts';

const office: Actor = { userId: 0, username: 'office', role: 'office', unitId: null, areaCode: null };
const seed = (code: string) => ({ format: 'kepu-areas/1', source: 'test', tree: loadAreaTree(code) });

describe.each(openTestDatabases())('area trees of any jurisdiction on $name', ({ open }) => {
  let h: DatabaseHandle;
  const run = (input: unknown, actor: Actor = office) =>
    inUseCase(h.db, actor, zonedClock(), (ctx) => importAreaTree(ctx, input));
  const area = (code: string) =>
    h.db.selectFrom('areas').selectAll().where('code', '=', code).executeTakeFirst();

  beforeAll(async () => {
    h = await open();
    await insertAreas(h.db, flattenAreaTree(loadAreaTree('211100')));
  });
  afterAll(async () => h?.close());

  it('imports Liaoning over the stored Panjin tree: Panjin moves under it with every path made true', async () => {
    const r = await run(seed('210000'));
    const panjinNodes = flattenAreaTree(loadAreaTree('211100')).length;
    expect(r).toMatchObject({ code: '210000', name: '辽宁省', moved: panjinNodes });
    expect(r.added).toBe(flattenAreaTree(loadAreaTree('210000')).length - 1 - 4);
    expect(await area('211100')).toMatchObject({ parent_code: '210000', path: ['210000'] });
    expect((await area('211104101'))?.path).toEqual(['210000', '211100', '211104']);
    expect(await area('210300')).toMatchObject({ name: '鞍山市', level: 'city', path: ['210000'] });
    // Panjin's towns and zones are kept (the province tree has none)
    expect(await area('211100Z2')).toMatchObject({ path: ['210000', '211100'] });
    const audit = await listAudit(h.db, { limit: 5, offset: 0, action: 'areas.import' });
    expect(audit.items[0]).toMatchObject({ entity: 'area', entity_id: '210000' });
  });

  it('imports the same tree again without change', async () => {
    expect(await run(seed('210000'))).toMatchObject({ added: 0, moved: 0 });
  });

  it('takes a hand-written tree for a code the package does not list, and refuses a malformed one by field', async () => {
    const own = {
      format: 'kepu-areas/1',
      source: '本地整理',
      tree: { code: '219900', name: '示例新区', level: 'city', parentCode: null, children: [] },
    };
    expect(await run(own)).toMatchObject({ added: 1, moved: 0 });
    const bad = await run({ ...own, tree: { ...own.tree, code: 'x' } }).catch((e) => e);
    expect(bad.code).toBe('validation.failed');
    expect(bad.details.issues[0].path).toBe('tree.code');
  });

  it('refuses an office scoped to another jurisdiction', async () => {
    const panjin = { ...office, jurisdictionCode: '211100' };
    const e = await run(seed('210000'), panjin).catch((x) => x);
    expect(e.code).toBe('auth.forbidden');
  });
});
