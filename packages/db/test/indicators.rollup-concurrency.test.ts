// Two units in the same area and department type share rollup rows. Saved at the same time, each emptying a cell
// the other fills, their transactions must not deadlock (PostgreSQL only: PGlite has one connection, no concurrency).
import type { FormDefinition, ValueCell } from '@kepu/domain/indicators';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregate,
  assignReports,
  type DatabaseHandle,
  insertAreas,
  insertIndUnits,
  installForm,
  openTestDatabases,
  saveValues,
} from '../src/index.ts';

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

describe.each(openTestDatabases().filter((d) => d.name === 'postgres'))(
  'rollups under concurrent saves on $name',
  ({ open }) => {
    let h: DatabaseHandle;
    const id: Record<string, number> = {};
    beforeAll(async () => {
      h = await open();
      await insertAreas(h.db, [
        { code: '211100', name: '盘锦市', level: 'city', parentCode: null },
        { code: '211104', name: '大洼区', level: 'district', parentCode: '211100' },
      ]);
      await installForm(h.db, form, { opensOn: '2025-04-01', dueOn: '2025-06-30' });
      const rows = await insertIndUnits(
        h.db,
        ['A', 'B'].map((code) => ({
          code,
          name: code,
          deptType: 'school',
          areaCode: '211104',
          orgUnitId: null,
        })),
      );
      for (const r of rows) id[r.code] = r.id;
      await assignReports(h.db, 2024, Object.values(id), { opensOn: '2025-04-01', dueOn: '2025-06-30' });
      for (const unit of Object.values(id))
        await saveValues(h.db, 2024, unit, [cell('X', 1), cell('Y', 1)], 't');
    });
    afterAll(() => h?.close());

    it('lets both transactions commit, with both changes in the totals', async () => {
      const a = await h.db.startTransaction().execute();
      await saveValues(a, 2024, id.A, [cell('X', 5)], 't');
      const b = await h.db.startTransaction().execute();
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(b)).rows[0].pid;
      const bFirst = saveValues(b, 2024, id.B, [cell('Y', 7)], 't');
      // go on once B's first save has either finished or is queued behind A (no timing involved in the outcome)
      let settled = false;
      bFirst.finally(() => {
        settled = true;
      });
      while (!settled) {
        const r = await sql<{
          n: string;
        }>`select count(*) as n from pg_locks where pid = ${pid} and not granted`.execute(h.db);
        if (Number(r.rows[0].n) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const bDone = (async () => {
        await bFirst;
        await saveValues(b, 2024, id.B, [cell('X', null)], 't');
        await b.commit().execute();
      })();
      await saveValues(a, 2024, id.A, [cell('Y', null)], 't');
      await a.commit().execute();
      await bDone;
      const rows = await aggregate(h.db, { years: [2024], root: '211100', dims: ['item'] });
      expect(rows.map((r) => [r.item, r.value, r.units]).sort()).toEqual([
        ['X', 5, 1],
        ['Y', 7, 1],
      ]);
    });
  },
);
