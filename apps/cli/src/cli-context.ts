// The use-case context for command-line work: the CLI actor and the jurisdiction's clock over the opened database.
import { type DatabaseHandle, inUseCase, type KepuContext, useCaseContext } from '@kepu/db';
import { cliActor, cliClock } from './database.ts';

export type CliDb = DatabaseHandle['db'];

/** Runs a use-case as the CLI actor in one transaction (the change and its audit entries commit together). */
export const inCliUseCase = <T>(db: CliDb, fn: (ctx: KepuContext) => Promise<T>): Promise<T> =>
  inUseCase(db, cliActor, cliClock(), fn);

/** The same context outside a transaction, for use-cases that only read. */
export const cliReadContext = (db: CliDb): KepuContext => useCaseContext(db, cliActor, cliClock());
