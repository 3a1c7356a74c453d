// Test databases: PGlite in memory always, and PostgreSQL in a throw-away schema when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type DatabaseHandle, migrateToLatest } from './connection.ts';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<DatabaseHandle>;
}

/** The engines to run a suite on; each `open()` gives a fresh, migrated, empty database. */
export function openTestDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    {
      name: 'pglite',
      open: async () => {
        const h = await connect();
        await migrateToLatest(h.db);
        return h;
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    list.push({
      name: 'postgres',
      open: async () => {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        await admin.end();
        const h = await connect({ url, schema });
        await migrateToLatest(h.db, schema);
        return {
          ...h,
          close: async () => {
            await h.close();
            const c = new pg.Client({ connectionString: url });
            await c.connect();
            await c.query(`drop schema ${schema} cascade`);
            await c.end();
          },
        };
      },
    });
  }
  return list;
}
