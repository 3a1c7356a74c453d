// Rollups under concurrent saves (PostgreSQL only: PGlite has one connection, no concurrency). Two units in the same
// area and department type share rollup rows: saved at the same time, each emptying a cell the other fills, both
// commit. Units of other areas do not wait for each other at all; two saves of one unit (its years chain in the
// "latest" rollups) apply in turn and leave the rollups exact; a transaction a deadlock kills runs again.
import { zonedClock } from '@kepu/domain';
import type { FormDefinition, ValueCell } from '@kepu/domain/indicators';
import { type Kysely, type QueryExecutorProvider, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregate,
  assignReports,
  type DatabaseHandle,
  insertAreas,
  insertIndUnits,
  installForm,
  inUseCase,
  openTestDatabases,
  rebuildIndRollups,
  saveValues,
} from '../src/index.ts';

/** the jurisdiction these statistics belong to */
const PANJIN = '211100';

const form: FormDefinition = {
  format: 'kepu-indicator-form/1',
  year: 2024,
  title: 'concurrency',
  breakdowns: [],
  items: ['X', 'Y'].map((code, position) => ({
    code,
    group: 'P' as const,
    zh: code,
    en: code,
    valueType: 'integer' as const,
    aggregation: position ? ('latest' as const) : ('sum' as const),
    measure: 'flow' as const,
    unit: '',
    breakdown: null,
    parent: null,
    retired: false,
  })),
  rules: [],
  computed: [],
};
const cell = (item: string, value: number | null): ValueCell => ({ item, option: '', value });

/** The backend a transaction runs on. */
const backendPid = async (trx: QueryExecutorProvider) =>
  (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0].pid;

/** Resolves true once `work` has finished, false once `pid` waits for a lock instead (no timing in the outcome). */
async function finishesWithoutWaiting<DB>(db: Kysely<DB>, pid: number, work: Promise<unknown>) {
  let settled = false;
  work.finally(() => {
    settled = true;
  });
  while (!settled) {
    const r = await sql<{
      n: string;
    }>`select count(*) as n from pg_locks where pid = ${pid} and not granted`.execute(db);
    if (Number(r.rows[0].n) > 0) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** Both rollup tables, to compare with their recomputation from every stored figure. */
const rollupTables = async <DB>(db: Kysely<DB>) => ({
  totals: (await sql`select * from ind_rollup order by 1, 2, 3, 4, 5, 6, 7, 8`.execute(db)).rows,
  units: (await sql`select * from ind_rollup_units order by 1, 2, 3, 4, 5, 6, 7`.execute(db)).rows,
});

describe.each(openTestDatabases().filter((d) => d.name === 'postgres'))(
  'rollups under concurrent saves on $name',
  ({ open }) => {
    let h: DatabaseHandle;
    const id: Record<string, number> = {};
    beforeAll(async () => {
      h = await open();
      await insertAreas(h.db, [
        { code: '211100', name: '盘锦市', level: 'city', parentCode: null },
        { code: '211102', name: '双台子区', level: 'district', parentCode: '211100' },
        { code: '211104', name: '大洼区', level: 'district', parentCode: '211100' },
      ]);
      const window = { opensOn: '2025-04-01', dueOn: '2025-06-30' };
      for (const year of [2024, 2025]) await installForm(h.db, PANJIN, { ...form, year }, window);
      const rows = await insertIndUnits(
        h.db,
        PANJIN,
        ['A', 'B', 'C'].map((code) => ({
          code,
          name: code,
          deptType: 'school',
          areaCode: code === 'C' ? '211102' : '211104',
          orgUnitId: null,
        })),
      );
      for (const r of rows) id[r.code] = r.id;
      for (const year of [2024, 2025]) await assignReports(h.db, year, Object.values(id), window);
      for (const unit of [id.A, id.B]) await saveValues(h.db, 2024, unit, [cell('X', 1), cell('Y', 1)], 't');
    });
    afterAll(() => h?.close());

    it('lets both transactions commit, with both changes in the totals', async () => {
      const a = await h.db.startTransaction().execute();
      await saveValues(a, 2024, id.A, [cell('X', 5)], 't');
      const b = await h.db.startTransaction().execute();
      const bPid = await backendPid(b);
      const bFirst = saveValues(b, 2024, id.B, [cell('Y', 7)], 't');
      // go on once B's first save has either finished or is queued behind A
      await finishesWithoutWaiting(h.db, bPid, bFirst);
      const bDone = (async () => {
        await bFirst;
        await saveValues(b, 2024, id.B, [cell('X', null)], 't');
        await b.commit().execute();
      })();
      await saveValues(a, 2024, id.A, [cell('Y', null)], 't');
      await a.commit().execute();
      await bDone;
      const rows = await aggregate(h.db, PANJIN, { years: [2024], root: '211100', dims: ['item'] });
      expect(rows.map((r) => [r.item, r.value, r.units]).sort()).toEqual([
        ['X', 5, 1],
        ['Y', 7, 1],
      ]);
    });

    it('lets a save of a unit elsewhere commit while another unit is saving', async () => {
      const a = await h.db.startTransaction().execute();
      await saveValues(a, 2024, id.A, [cell('X', 6), cell('Y', 2)], 't');
      const c = await h.db.startTransaction().execute();
      const cPid = await backendPid(c);
      const cSave = (async () => {
        await saveValues(c, 2024, id.C, [cell('X', 3), cell('Y', 4)], 't');
        await c.commit().execute();
      })();
      expect(await finishesWithoutWaiting(h.db, cPid, cSave)).toBe(true);
      await a.commit().execute();
      const rows = await aggregate(h.db, PANJIN, { years: [2024], root: '211100', dims: ['item'] });
      expect(rows.map((r) => [r.item, r.value, r.units]).sort()).toEqual([
        ['X', 9, 2],
        ['Y', 13, 3],
      ]);
    });

    it('applies two saves of one unit in turn, the latest figures across years exact', async () => {
      const a = await h.db.startTransaction().execute();
      await saveValues(a, 2025, id.A, [cell('Y', 9)], 't');
      const b = await h.db.startTransaction().execute();
      const bPid = await backendPid(b);
      const bSave = (async () => {
        await saveValues(b, 2024, id.A, [cell('Y', 1)], 't');
        await b.commit().execute();
      })();
      expect(await finishesWithoutWaiting(h.db, bPid, bSave)).toBe(false);
      await a.commit().execute();
      await bSave;
      // Y is a latest figure: in 2025, A's 9 of 2025, B's 7 and C's 4 of 2024
      const rows = await aggregate(h.db, PANJIN, { years: [2025], root: '211100', dims: ['item'] });
      expect(rows.find((r) => r.item === 'Y')).toMatchObject({ value: 20, units: 3 });
      const kept = await rollupTables(h.db);
      await rebuildIndRollups(h.db);
      expect(kept).toEqual(await rollupTables(h.db));
    });

    it('runs a transaction again when a deadlock ends it', async () => {
      const clock = zonedClock('Asia/Shanghai');
      let runs = 0;
      const firstSaved: Record<string, () => void> = {};
      const saved = Object.fromEntries(
        ['A', 'C'].map((u) => [u, new Promise<void>((resolve) => (firstSaved[u] = resolve))]),
      );
      // one transaction saves A then C, the other C then A: units of two areas, whose locks they take in opposite orders
      const save = (first: 'A' | 'C', second: 'A' | 'C') =>
        inUseCase(h.db, null, clock, async (ctx) => {
          runs++;
          await ctx.stores.ind.saveValues(2024, id[first], [cell('X', 40 + runs)], 't');
          firstSaved[first]();
          await saved[second];
          await ctx.stores.ind.saveValues(2024, id[second], [cell('Y', 50 + runs)], 't');
        });
      await Promise.all([save('A', 'C'), save('C', 'A')]);
      expect(runs).toBe(3);
      const kept = await rollupTables(h.db);
      await rebuildIndRollups(h.db);
      expect(kept).toEqual(await rollupTables(h.db));
    });
  },
);
