// Which errors are the database's own faults (answered 503 by the server) and which are a statement's (4xx or a bug);
// the behaviour against real servers, killed, restarted and out of disk, is in apps/server/faults.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFault } from '../src/database-faults.ts';
import { connect } from '../src/index.ts';
import { TooManyParametersError } from '../src/parameter-limit.ts';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database faults', () => {
  it.each([
    [pgError('57014', 'canceling statement due to statement timeout'), 'system.database_timeout'],
    [pgError('55P03', 'could not obtain lock'), 'system.database_timeout'],
    [pgError('53100', 'could not extend file "base/5/16385": No space left on device'), 'system.disk_full'],
    [pgError('57P01', 'terminating connection due to administrator command'), 'system.database_unavailable'],
    [pgError('57P03', 'the database system is starting up'), 'system.database_unavailable'],
    [pgError('08006', 'connection failure'), 'system.database_unavailable'],
    [pgError('53300', 'too many connections'), 'system.database_unavailable'],
    [pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), 'system.database_unavailable'],
    [new Error('Connection terminated unexpectedly'), 'system.database_unavailable'],
    [new Error('timeout exceeded when trying to connect'), 'system.database_unavailable'],
    [
      new Error('Client has encountered a connection error and is not queryable'),
      'system.database_unavailable',
    ],
  ])('%s is %s', (e, code) => {
    const fault = databaseFault(e);
    expect(fault?.code).toBe(code);
    expect(fault?.cause).toBe(e);
    // what the client reads names no host, port or file
    expect(fault?.message).not.toMatch(/127\.0\.0\.1|base\/5|5432/);
  });

  it.each([
    pgError('23505', 'duplicate key'),
    pgError('22P02', 'invalid input syntax'),
    new TooManyParametersError(40_000),
    new TypeError('x is undefined'),
  ])('%s is not a fault of the database', (e) => {
    expect(databaseFault(e)).toBeNull();
  });

  it('refuses to open a PGlite directory whose disk has less free space than it needs, saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-faults-'));
    try {
      await expect(connect({ dataDir: dir, minFreeBytes: Number.MAX_SAFE_INTEGER })).rejects.toMatchObject({
        code: 'system.disk_full',
        message: expect.stringMatching(/MB free and needs at least \d+ MB/),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
