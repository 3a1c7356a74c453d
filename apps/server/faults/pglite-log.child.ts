// Run by pglite-log.fault.test.ts in a process of its own (a PGlite that spins would block the test's worker):
// `fill DIR` writes one row, fills the disk, then writes log records until the log cannot grow, then tries to open the
// directory again; `read DIR` opens it once there is space.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '@kepu/db';
import { sql } from 'kysely';

const [mode, dir] = process.argv.slice(2);
const outcome = (e: unknown) => ({ code: (e as { code?: string }).code, message: (e as Error).message });
const report: Record<string, unknown> = {};

if (mode === 'fill') {
  // no free-space guard: the write-ahead log itself meets the full disk
  const h = await connect({ dataDir: join(dir, 'pglite'), minFreeBytes: 0 });
  await sql`create table kept (id int)`.execute(h.db);
  await sql`insert into kept values (1)`.execute(h.db);
  const fd = openSync(join(dir, 'ballast'), 'w');
  for (const size of [1 << 20, 4096]) {
    try {
      for (;;) writeSync(fd, Buffer.alloc(size));
    } catch {}
  }
  closeSync(fd);
  // 1 MiB log records that do not compress, until a new 16 MiB segment cannot be created
  for (let i = 0; i < 64 && !report.write; i++) {
    try {
      const text = randomBytes(1 << 20).toString('base64');
      await sql`select pg_logical_emit_message(false, 'kepu-fault', ${text})`.execute(h.db);
    } catch (e) {
      report.write = { ...outcome(e), after: i };
    }
  }
  const t0 = performance.now();
  try {
    await sql`select 1 as one`.execute(h.db);
    report.next = { code: 'answered' };
  } catch (e) {
    report.next = { ...outcome(e), ms: performance.now() - t0 };
  }
  await h.close();
  report.closed = true;
  // opening it again while the disk is full (what `kepu serve` does first) is refused with the reason, before PGlite
  // is started (which aborts when it cannot write)
  try {
    await (await connect({ dataDir: join(dir, 'pglite') })).close();
    report.reopen = { code: 'opened' };
  } catch (e) {
    report.reopen = outcome(e);
  }
} else {
  const h = await connect({ dataDir: join(dir, 'pglite') });
  report.rows = (await sql<{ id: number }>`select id from kept`.execute(h.db)).rows;
  await h.close();
}
process.stdout.write(`${JSON.stringify(report)}\n`);
