// The embedded engine answers through promises alone: without a turn for I/O between statements, a request running
// many statements kept every other connection waiting (seconds under load). Each statement now waits for one.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/index.ts';
import { openTestDatabases } from '../src/testing.ts';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabases()[0].open();
});
afterAll(() => h?.close());

it('lets a timer and I/O run between the statements of a long chain', async () => {
  let turns = 0;
  const tick = () => {
    turns++;
    if (turns < 1000) setImmediate(tick);
  };
  setImmediate(tick);
  for (let i = 0; i < 20; i++) await sql`select ${i}::int as n`.execute(h.db);
  // one turn per statement at least: the chain did not hold the event loop from start to end
  expect(turns).toBeGreaterThanOrEqual(20);
});
