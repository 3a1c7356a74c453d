// Prepares, once per test run, the databases tests start from (see packages/db/src/testing.ts): PGlite dumps (empty and
// with the demo data), a PGlite data directory with the demo data for servers on disk, and, when TEST_DATABASE_URL is
// set, PostgreSQL template databases. Run by test-support/global-setup.ts as a child process, because a PGlite started
// from a dump keeps its process alive after close (the child ends itself; vitest's main process must not wait on it).
// Usage: prepare-databases.ts DIR — writes DIR/snapshots.json.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, databaseUrl, migrateToLatest, type TestSnapshots } from '@kepu/db';
import { seedDemo } from '@kepu/server';
import pg from 'pg';

async function admin(url: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(statement).finally(() => c.end());
}

/** PGlite: a dump of a migrated empty database, one of the demo database, and the demo database on disk. */
async function preparePglite(dir: string, snapshots: TestSnapshots): Promise<void> {
  const dump = async (name: string, snapshot: Blob | undefined, demo: boolean): Promise<Blob> => {
    const h = await connect({ snapshot });
    try {
      if (demo) await seedDemo(h.db);
      else await migrateToLatest(h.db);
      const tar = await h.dump?.();
      if (!tar) throw new Error('PGlite gave no dump');
      const file = join(dir, `pglite-${name}.tar`);
      writeFileSync(file, Buffer.from(await tar.arrayBuffer()));
      snapshots.pglite[name as 'empty' | 'demo'] = file;
      return tar;
    } finally {
      await h.close();
    }
  };
  const empty = await dump('empty', undefined, false);
  const demo = await dump('demo', empty, true);
  const demoDir = join(dir, 'pglite-demo');
  await (await connect({ dataDir: demoDir, snapshot: demo })).close();
  snapshots.pgliteDemoDir = demoDir;
}

/** PostgreSQL: template databases, migrated and empty, and with the demo data. */
async function preparePostgres(url: string, snapshots: TestSnapshots, templates: string[]): Promise<void> {
  const run = randomBytes(4).toString('hex');
  for (const start of ['empty', 'demo'] as const) {
    const name = `kepu_template_${run}_${start}`;
    await admin(url, `create database ${name}`);
    templates.push(name);
    const h = await connect({ url: databaseUrl(url, name) });
    try {
      await migrateToLatest(h.db);
      if (start === 'demo') await seedDemo(h.db);
    } finally {
      await h.close();
    }
    snapshots.postgres[start] = name;
  }
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: prepare-databases.ts DIR');
const url = process.env.TEST_DATABASE_URL;
const snapshots: TestSnapshots = { pglite: {}, postgres: {} };
const templates: string[] = [];
try {
  await Promise.all([preparePglite(dir, snapshots), url && preparePostgres(url, snapshots, templates)]);
  writeFileSync(join(dir, 'snapshots.json'), JSON.stringify(snapshots));
  process.exit(0);
} catch (e) {
  for (const t of templates)
    if (url) await admin(url, `drop database if exists ${t} with (force)`).catch(() => {});
  console.error(e);
  process.exit(1);
}
