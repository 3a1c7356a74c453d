// Benchmark (not a test): a values import of every unit × every item × one year through the exchange engine, as a
// dry run and for real, on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL; PGlite when neither is set). The
// demo's 58 units, plus EXTRA_UNITS more (default 0) added by a units import and assigned the year. Prints the figures.
// DRY_ONLY=1 stops after the dry run.
// Run: TEST_DATABASE_URL=postgres://… EXTRA_UNITS=942 node --import tsx apps/server/bench/exchange.bench.ts
import { inUseCase, openTestDatabases, useCaseContext } from '@kepu/db';
import { zonedClock } from '@kepu/domain';
import { getIndForm, importSet, isLocked } from '@kepu/domain/indicators';
import { seedDemo } from '../src/seed.ts';

const EXTRA = Number(process.env.EXTRA_UNITS ?? 0);
const YEAR = new Date().getUTCFullYear() - 1;
const actor = { userId: 0, username: 'bench', role: 'office' as const, unitId: null, areaCode: null };

async function timed<T>(label: string, fn: () => Promise<T>) {
  const t0 = performance.now();
  const r = await fn();
  console.log(`  ${label.padEnd(52)} ${(performance.now() - t0).toFixed(0).padStart(8)} ms`);
  return r;
}

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const engines = openTestDatabases();
const engine = engines[engines.length - 1];
const h = await engine.open();
try {
  await seedDemo(h.db);
  const clock = zonedClock();
  const ctx = useCaseContext(h.db, actor, clock);
  const ind = ctx.stores.ind;
  if (EXTRA) {
    const csv = [
      'code,name,deptType,areaCode,planUnit',
      ...Array.from({ length: EXTRA }, (_, k) => `B${k},基准单位${k},government,211100,`),
    ];
    await timed(`units import of ${EXTRA} new units`, () =>
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
    `${engine.name}: ${units.length} units × ${form.items.length} items of ${YEAR} = ${lines.length - 1} rows (${(csv.length / 1e6).toFixed(1)} MB CSV)`,
  );
  const run = (dryRun: boolean) =>
    inUseCase(h.db, actor, clock, (c) => importSet(c, 'values', csv, null, dryRun));
  const dry = await timed('values dry run (parse, check, diff)', () => run(true));
  console.log('   ', JSON.stringify(dry.summary));
  if (!process.env.DRY_ONLY) {
    const real = await timed('values import (check, diff, save, rollups, audit)', () => run(false));
    console.log('   ', JSON.stringify(real.summary));
    const again = await timed('the same file again (dry run, all unchanged)', () => run(true));
    console.log('   ', JSON.stringify(again.summary));
  }
} finally {
  await h.close();
}
