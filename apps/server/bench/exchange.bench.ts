// Benchmark (not a test): a values import of every unit × every item × one year through the exchange engine
// (values-import.ts), on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL; PGlite when neither is set). The
// demo's 58 units, plus EXTRA_UNITS more (default 0). DRY_ONLY=1 stops after the dry run; BEFORE=0 leaves out the
// unit-by-unit save. `npm run bench:indicators` runs the same on both engines.
// Run: TEST_DATABASE_URL=postgres://… EXTRA_UNITS=942 node --import tsx apps/server/bench/exchange.bench.ts
import { openTestDatabases } from '@kepu/db';
import { benchValuesImport } from './values-import.ts';

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const engines = openTestDatabases();
const engine = engines[engines.length - 1];
const h = await engine.open();
try {
  console.log(engine.name);
  await benchValuesImport(h, Number(process.env.EXTRA_UNITS ?? 0), {
    before: process.env.BEFORE !== '0',
    dryOnly: !!process.env.DRY_ONLY,
  });
} finally {
  await h.close();
}
