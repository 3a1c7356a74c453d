// No statement carries more bind parameters than both engines read correctly; bulk writes are split to fit.
import type { DatabaseConnection, Dialect, Driver, TransactionSettings } from 'kysely';

/**
 * PGlite reads a Bind message's parameter count as a signed 16-bit number, so a statement with more than 32,767
 * parameters desynchronises its connection (every later query answers empty until restart); PostgreSQL refuses more
 * than 65,535. The stricter limit holds on both engines, so they behave alike.
 */
export const MAX_PARAMETERS = 32_767;

/** Rows in groups small enough that one INSERT of a group stays well under MAX_PARAMETERS. */
export function batches<T>(rows: readonly T[], parametersPerRow: number, budget = 30_000): T[][] {
  const size = Math.max(1, Math.floor(budget / Math.max(1, parametersPerRow)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export class TooManyParametersError extends Error {
  readonly code = 'db.too_many_parameters';
  constructor(readonly count: number) {
    super(
      `a statement may carry at most ${MAX_PARAMETERS} parameters; this one has ${count} (write it in batches)`,
    );
  }
}

function guardConnection(c: DatabaseConnection): DatabaseConnection {
  return {
    executeQuery(q) {
      if (q.parameters.length > MAX_PARAMETERS)
        return Promise.reject(new TooManyParametersError(q.parameters.length));
      return c.executeQuery(q);
    },
    streamQuery(q, chunkSize) {
      if (q.parameters.length > MAX_PARAMETERS) throw new TooManyParametersError(q.parameters.length);
      return c.streamQuery(q, chunkSize);
    },
  };
}

/** The dialect with every connection refusing an over-long statement before it is sent. */
export function withParameterLimit(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver(): Driver {
      const driver = dialect.createDriver();
      const inner = new WeakMap<DatabaseConnection, DatabaseConnection>();
      const outer = (c: DatabaseConnection) => inner.get(c) ?? c;
      return {
        init: () => driver.init(),
        async acquireConnection() {
          const c = await driver.acquireConnection();
          const g = guardConnection(c);
          inner.set(g, c);
          return g;
        },
        beginTransaction: (c, s: TransactionSettings) => driver.beginTransaction(outer(c), s),
        commitTransaction: (c) => driver.commitTransaction(outer(c)),
        rollbackTransaction: (c) => driver.rollbackTransaction(outer(c)),
        releaseConnection: (c) => driver.releaseConnection(outer(c)),
        destroy: () => driver.destroy(),
        ...(driver.savepoint && {
          savepoint: (c, n, q) => driver.savepoint?.(outer(c), n, q) as Promise<void>,
        }),
        ...(driver.rollbackToSavepoint && {
          rollbackToSavepoint: (c, n, q) => driver.rollbackToSavepoint?.(outer(c), n, q) as Promise<void>,
        }),
        ...(driver.releaseSavepoint && {
          releaseSavepoint: (c, n, q) => driver.releaseSavepoint?.(outer(c), n, q) as Promise<void>,
        }),
      };
    },
  };
}
