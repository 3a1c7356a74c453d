// Faults of the database itself (down or restarting, too slow, out of disk) as one error the server answers 503 for,
// instead of a 500, a crash or a hang; and the two guards the embedded engine needs: free disk space before a write,
// and no call into a PGlite that failed to write its log (its next query spins forever and blocks the whole process).
import { statfsSync } from 'node:fs';
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, TransactionSettings } from 'kysely';

export const databaseFaults = {
  unavailable: { code: 'system.database_unavailable', status: 503 },
  timeout: { code: 'system.database_timeout', status: 503 },
  diskFull: { code: 'system.disk_full', status: 503 },
} as const;
export type DatabaseFaultCode = (typeof databaseFaults)[keyof typeof databaseFaults]['code'];

/** The message is for clients (no host, port or path); what the driver said is the `cause`, for the log. */
export class DatabaseFaultError extends Error {
  override readonly name = 'DatabaseFaultError';
  constructor(
    readonly code: DatabaseFaultCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isDatabaseFault = (e: unknown): e is DatabaseFaultError => e instanceof DatabaseFaultError;

/** Node's errors of a socket that cannot reach, or lost, the server. */
const socketErrors = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** pg's own errors (no SQLSTATE) when a connection ends or none can be had in time. */
const lostConnection =
  /Connection terminated|not queryable|Client was closed|timeout exceeded when trying to connect|Connection ended/i;

/** The fault an error of the driver is, or null when it is an ordinary error of a statement. */
export function databaseFault(e: unknown): DatabaseFaultError | null {
  if (e instanceof DatabaseFaultError) return e;
  const err = (e ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  const message = typeof err.message === 'string' ? err.message : String(e);
  // 57014: statement_timeout (or a cancel); 55P03: lock_timeout
  if (code === '57014' || code === '55P03')
    return new DatabaseFaultError(
      databaseFaults.timeout.code,
      'the database did not answer in time (statement timeout); try again shortly',
      { cause: e },
    );
  if (code === '53100')
    return new DatabaseFaultError(
      databaseFaults.diskFull.code,
      "the database's disk is full, so nothing was saved; free some space",
      { cause: e },
    );
  // 08: connection exceptions; 57P01–57P04: shut down, crashed, starting up, dropped; 53200/53300: out of memory,
  // too many connections; 58: the server's own I/O errors
  if (
    /^08/.test(code) ||
    /^57P0[1-4]$/.test(code) ||
    code === '53200' ||
    code === '53300' ||
    /^58/.test(code) ||
    socketErrors.has(code) ||
    (!/^[0-9A-Z]{5}$/.test(code) && lostConnection.test(message))
  )
    return new DatabaseFaultError(
      databaseFaults.unavailable.code,
      'the database is unavailable; try again shortly',
      {
        cause: e,
      },
    );
  return null;
}

export interface FaultOptions {
  /** PGlite on disk: its directory, and the free space below which writes are refused before they start. */
  space?: { dir: string; minFreeBytes: number };
  /** PGlite: stop calling the engine after it failed to write its log (it would spin on the next query), and give
   *  waiting I/O a turn before each statement. */
  embedded?: boolean;
}

/** A statement that cannot need disk space: reads, and ending a transaction that failed. */
const readOnly = /^\s*(select|show|rollback|release|savepoint)\b/i;
/** PGlite failing on its write-ahead log: the instance is lost (the next query never returns). */
const logFailure = /pg_wal|xlog|write-ahead log|log file/i;

/** The dialect whose every operation fails with a DatabaseFaultError when the database is the problem. */
export function withFaults(dialect: Dialect, o: FaultOptions = {}): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver(): Driver {
      const driver = dialect.createDriver();
      let lost: DatabaseFaultError | null = null;

      const translate = (e: unknown): unknown => {
        const fault = databaseFault(e);
        if (
          o.embedded &&
          !lost &&
          (e instanceof WebAssembly.RuntimeError || (fault && logFailure.test(String((e as Error).message))))
        ) {
          lost = new DatabaseFaultError(
            databaseFaults.unavailable.code,
            'the embedded database stopped after it could not write its log (is the disk full?); ' +
              'free some space and restart the server',
            { cause: e },
          );
        }
        return fault ?? (lost?.cause === e ? lost : e);
      };
      const checkSpace = () => {
        if (o.space) assertFreeSpace(o.space.dir, o.space.minFreeBytes);
      };
      const run = async <T>(write: boolean, op: () => Promise<T>): Promise<T> => {
        // PGlite runs a statement on this thread and answers through promises only, so a request's chain of
        // statements would never let the event loop accept a connection or read another request: under load some
        // waited seconds for their first turn. Each statement first lets waiting I/O have its turn.
        if (o.embedded) await new Promise<void>((resolve) => setImmediate(resolve));
        if (lost) throw lost;
        if (write) checkSpace();
        try {
          return await op();
        } catch (e) {
          throw translate(e);
        }
      };
      const inner = new WeakMap<DatabaseConnection, DatabaseConnection>();
      const outer = (c: DatabaseConnection) => inner.get(c) ?? c;

      return {
        init: () => run(false, () => driver.init()),
        async acquireConnection() {
          const c = await run(false, () => driver.acquireConnection());
          const g: DatabaseConnection = {
            executeQuery: (q: CompiledQuery) => run(!readOnly.test(q.sql), () => c.executeQuery(q)),
            streamQuery: (q, chunkSize) => {
              if (lost) throw lost;
              return c.streamQuery(q, chunkSize);
            },
          };
          inner.set(g, c);
          return g;
        },
        beginTransaction: (c, s: TransactionSettings) =>
          run(true, () => driver.beginTransaction(outer(c), s)),
        commitTransaction: (c) => run(false, () => driver.commitTransaction(outer(c))),
        // a lost engine is not called again: its transaction goes with it, and the request keeps its own error
        rollbackTransaction: (c) =>
          lost ? Promise.resolve() : run(false, () => driver.rollbackTransaction(outer(c))),
        ...(driver.savepoint && {
          savepoint: (c, n, q) => run(true, () => driver.savepoint?.(outer(c), n, q) as Promise<void>),
        }),
        ...(driver.rollbackToSavepoint && {
          rollbackToSavepoint: (c, n, q) =>
            lost
              ? Promise.resolve()
              : run(false, () => driver.rollbackToSavepoint?.(outer(c), n, q) as Promise<void>),
        }),
        ...(driver.releaseSavepoint && {
          releaseSavepoint: (c, n, q) =>
            run(false, () => driver.releaseSavepoint?.(outer(c), n, q) as Promise<void>),
        }),
        releaseConnection: (c) => driver.releaseConnection(outer(c)),
        destroy: () => (lost ? Promise.resolve() : driver.destroy()),
      };
    },
  };
}

const mb = (bytes: number) => Math.floor(bytes / 1024 / 1024);

/** Throws system.disk_full when the disk holding `dir` has less than `minFreeBytes` free. */
export function assertFreeSpace(dir: string, minFreeBytes: number): void {
  const st = statfsSync(dir);
  const free = st.bavail * st.bsize;
  if (free < minFreeBytes)
    throw new DatabaseFaultError(
      databaseFaults.diskFull.code,
      `the database's disk has ${mb(free)} MB free and needs at least ${mb(minFreeBytes)} MB to write safely; ` +
        'free some space',
    );
}
