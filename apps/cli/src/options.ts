// Light helpers the command definitions share (no database or server code, so `kepu --help` starts fast).
import type { Command } from 'commander';

/** Adds --data-dir to a command that opens the database. */
export const withDataDir = (cmd: Command) =>
  cmd.option('--data-dir <dir>', 'PGlite data directory (when DATABASE_URL is not set)', './data/pglite');

/** Prints a one-line error (never a stack trace) and sets the exit code. */
export function fail(message: string, code = 2): never {
  process.stderr.write(`kepu: ${message}\n`);
  process.exit(code);
}
