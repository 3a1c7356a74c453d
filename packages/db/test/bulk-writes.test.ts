// Big imports leave the database healthy: bulk writes go in statements both engines read correctly, and a statement
// with too many parameters is refused before it is sent instead of desynchronising an embedded connection.
import { flattenAreaTree, loadAreaTree } from '@kepu/domain';
import { loadShippedForm } from '@kepu/domain/indicators';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignReports,
  type DatabaseHandle,
  insertAreas,
  insertIndUnits,
  insertSchools,
  installForm,
  listSchools,
  openTestDatabases,
} from '../src/index.ts';
import { MAX_PARAMETERS } from '../src/parameter-limit.ts';

/** the jurisdiction these statistics belong to */
const PANJIN = '211100';

describe.each(openTestDatabases())('bulk writes on $name', ({ open }) => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await open();
    await insertAreas(h.db, flattenAreaTree(loadAreaTree('211100')));
  });
  afterAll(() => h?.close());

  it('stores 14,000 schools in one transaction and answers every query after it', async () => {
    // 7,000 rows broke PGlite (35,000 parameters in one statement); 13,108 broke PostgreSQL (over 65,535)
    const schools = Array.from({ length: 14_000 }, (_, i) => ({
      name: `示例学校${i}`,
      areaCode: i % 2 ? '211104' : '211103',
      level: 'primary',
      urbanRural: 'urban',
      counsellors: i % 3,
    }));
    await h.db.transaction().execute((trx) => insertSchools(trx, schools));
    expect((await listSchools(h.db, PANJIN)).length).toBe(14_000);
    const one = await sql<{ one: number }>`select 1 as one`.execute(h.db);
    expect(one.rows).toEqual([{ one: 1 }]);
  });

  it('registers 8,000 reporting units and assigns them a form in one go', async () => {
    const units = Array.from({ length: 8_000 }, (_, i) => ({
      code: `BULK${i}`,
      name: `批量单位${i}`,
      deptType: 'other',
      areaCode: '211104',
      orgUnitId: null,
    }));
    const ids = await h.db.transaction().execute((trx) => insertIndUnits(trx, PANJIN, units));
    expect(ids.length).toBe(8_000);
    const window = { opensOn: '2025-04-01', dueOn: '2025-06-30' };
    await installForm(h.db, PANJIN, loadShippedForm(2025), window);
    const n = await assignReports(
      h.db,
      2025,
      ids.map((u) => u.id),
      window,
    );
    expect(n).toBe(8_000);
    const count = await h.db
      .selectFrom('ind_reports')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('year', '=', 2025)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(8_000);
  });

  it('refuses a statement with more parameters than both engines read, and the connection still answers', async () => {
    const values = Array.from({ length: MAX_PARAMETERS + 1 }, (_, i) => i);
    const q = sql`select ${sql.join(values)} as many`;
    await expect(q.execute(h.db)).rejects.toMatchObject({
      code: 'db.too_many_parameters',
      count: MAX_PARAMETERS + 1,
    });
    const one = await sql<{ one: number }>`select 1 as one`.execute(h.db);
    expect(one.rows).toEqual([{ one: 1 }]);
  });
});
