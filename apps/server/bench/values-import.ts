// The values import of every open unit × every item and option of last year's demo form through the same
// `importSet` the routes call (check, diff, save, rollups, audit), on a fresh demo database: the demo's 58 units plus
// `extra` more (added by a units import and assigned the year). Timed: the dry run; "before", the same import with
// the per-unit save of until 2026-12-07 (saveValues with the rollup trigger, then the report back to draft, unit by
// unit; rolled back); the import; the same file again; one report's save, plain and with emptied cells. Then checks
// that the rollups equal a recomputation from the values. Used by indicators.bench.ts and exchange.bench.ts.
import {
  type DatabaseHandle,
  inUseCase,
  type KepuContext,
  saveValues,
  updateReport,
  useCaseContext,
} from '@kepu/db';
import { zonedClock } from '@kepu/domain';
import { getIndForm, importSet, isLocked } from '@kepu/domain/indicators';
import { seedDemo } from '../src/seed.ts';

const YEAR = new Date().getUTCFullYear() - 1;
const actor = { userId: 0, username: 'bench', role: 'office' as const, unitId: null, areaCode: null };

async function timed<T>(label: string, fn: () => Promise<T>) {
  const t0 = performance.now();
  const r = await fn();
  const ms = performance.now() - t0;
  console.log(`  ${label.padEnd(60)} ${(ms / 1000).toFixed(2).padStart(8)} s`);
  return r;
}

/** The import's save as it was: unit by unit, each statement followed by its rollup trigger. */
function perUnit(c: KepuContext): KepuContext {
  return {
    ...c,
    stores: {
      ...c.stores,
      ind: {
        ...c.stores.ind,
        async importValues(year, cells, by) {
          const byUnit = new Map<number, typeof cells>();
          for (const x of cells) byUnit.get(x.unitId)?.push(x) ?? byUnit.set(x.unitId, [x]);
          for (const [unitId, list] of byUnit) {
            await c.stores.ind.saveValues(year, unitId, list, by);
            await c.stores.ind.updateReport(year, unitId, { state: 'draft' });
          }
        },
      },
    },
  };
}

class RolledBack extends Error {}

export async function benchValuesImport(
  h: DatabaseHandle,
  extra: number,
  opts: { before: boolean; dryOnly?: boolean },
) {
  await seedDemo(h.db);
  const clock = zonedClock();
  const ctx = useCaseContext(h.db, actor, clock);
  const ind = ctx.stores.ind;
  if (extra) {
    const csv = [
      'code,name,deptType,areaCode,planUnit',
      ...Array.from({ length: extra }, (_, k) => `B${k},基准单位${k},government,211100,`),
    ];
    await timed(`units import of ${extra} new units`, () =>
      inUseCase(h.db, actor, clock, (c) => importSet(c, 'units', csv.join('\n'), null, false)),
    );
    const ids = (await ind.listUnits()).filter((u) => u.code.startsWith('B')).map((u) => u.id);
    await ind.assignReports(YEAR, ids, { opensOn: `${YEAR}-01-01`, dueOn: `${YEAR + 1}-12-31` });
  }
  const form = await getIndForm(ctx, YEAR);
  const open = new Set((await ind.listReports(YEAR)).filter((r) => !isLocked(r.state)).map((r) => r.unitId));
  const units = (await ind.listUnits()).filter((u) => open.has(u.id));
  const options = (code: string | null) =>
    code ? (form.breakdowns.find((b) => b.code === code)?.options.map((o) => o.code) ?? []) : [''];
  const lines = ['year,unit,item,option,value'];
  for (const [k, u] of units.entries())
    for (const i of form.items.filter((x) => !x.retired))
      for (const o of options(i.breakdown))
        lines.push(`${YEAR},${u.code},${i.code},${o},${i.valueType === 'text' ? '说明' : (k % 50) + 1}`);
  const csv = lines.join('\n');
  console.log(
    `  ${units.length} units × ${form.items.length} items of ${YEAR} = ${(lines.length - 1).toLocaleString('en')} values (${(csv.length / 1e6).toFixed(1)} MB CSV)`,
  );
  const run = (dryRun: boolean, wrap = (c: KepuContext) => c) =>
    inUseCase(h.db, actor, clock, (c) => importSet(wrap(c), 'values', csv, null, dryRun));
  const dry = await timed('values dry run (parse, check, diff)', () => run(true));
  console.log('   ', JSON.stringify(dry.summary));
  if (opts.dryOnly) return;
  if (opts.before)
    await timed('before: import saving unit by unit (rolled back)', () =>
      inUseCase(h.db, actor, clock, async (c) => {
        await importSet(perUnit(c), 'values', csv, null, false);
        throw new RolledBack();
      }).catch((e) => {
        if (!(e instanceof RolledBack)) throw e;
      }),
    );
  const real = await timed('after: import (check, diff, save, rollups once, audit)', () => run(false));
  console.log('   ', JSON.stringify(real.summary));
  const again = await timed('the same file again (dry run, all unchanged)', () => run(true));
  console.log('   ', JSON.stringify(again.summary));
  const q = { years: [YEAR], root: '211100', dims: ['area', 'item'] as const, stage: 'all' as const };
  const key = (rows: { value: number | null }[]) =>
    JSON.stringify(rows.map((r) => ({ ...r, value: Math.round((r.value ?? 0) * 1e6) })));
  const exact =
    key(await ind.aggregate({ ...q, dims: [...q.dims] })) ===
    key(await ind.aggregate({ ...q, dims: [...q.dims], source: 'values' }));
  console.log(`  rollups equal the recomputation from the values: ${exact ? 'yes' : 'NO'}`);
  const cells = form.items
    .filter((i) => !i.retired && i.valueType !== 'text')
    .flatMap((i) => options(i.breakdown).map((o) => ({ item: i.code, option: o })));
  const unitId = units[0].id;
  const save = (emptied: number) =>
    h.db.transaction().execute(async (trx) => {
      await saveValues(
        trx,
        YEAR,
        unitId,
        cells.map((c, k) => ({ ...c, value: k < emptied ? null : Math.floor(Math.random() * 1000) })),
        'bench',
      );
      await updateReport(trx, YEAR, unitId, { state: 'draft' });
    });
  for (const emptied of [0, 10]) {
    const ms: number[] = [];
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      await save(emptied);
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    console.log(
      `  save one report (${cells.length} values${emptied ? `, ${emptied} emptied` : ''}), median of 7`.padEnd(
        62,
      ) + `${ms[3].toFixed(1).padStart(8)} ms`,
    );
  }
}
