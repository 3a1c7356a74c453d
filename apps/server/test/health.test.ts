// /api/health tells a supervisor the truth: 200 while the database answers correctly, 503 once it does not.
import { migrateToLatest } from '@kepu/db';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { engines } from './harness.ts';

describe.each(engines)('health on $name', ({ open }) => {
  it('answers 200 with the engine, then 503 system.database_unavailable when the database is gone', async () => {
    const handle = await open();
    await migrateToLatest(handle.db);
    const app = await buildApp({
      db: handle.db,
      engine: handle.engine,
      jurisdiction: '211100',
      version: 'test',
    });
    try {
      const ok = await app.inject({ method: 'GET', url: '/api/health' });
      // no demo data unless the server was started with it
      expect([ok.statusCode, ok.json().database, ok.json().demo]).toEqual([200, handle.engine, false]);
      await handle.close();
      const down = await app.inject({ method: 'GET', url: '/api/health' });
      expect([down.statusCode, down.json().error.code]).toEqual([503, 'system.database_unavailable']);
    } finally {
      await app.close();
    }
  });
});
