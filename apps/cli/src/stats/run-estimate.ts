// Runs `kepu stats estimate` or `kepu stats irt` in-process (tests, scripts): parse argv, run, print; returns the exit code.
import { type Command, CommanderError } from 'commander';
import { estimateCommand } from './estimate-command.ts';
import { type Io, processIo } from './io.ts';
import { irtCommand } from './irt-command.ts';

async function runCommand(
  make: (io: Io, state: { code: number }) => Command,
  argv: string[],
  io: Io,
): Promise<number> {
  const state = { code: 0 };
  const cmd = make(io, state).exitOverride();
  try {
    await cmd.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return state.code;
}

/** Runs `kepu stats estimate ARGV…` without spawning a process; returns the exit code. */
export const runEstimate = (argv: string[], io: Io = processIo): Promise<number> =>
  runCommand(estimateCommand, argv, io);

/** Runs `kepu stats irt ARGV…` without spawning a process; returns the exit code. */
export const runIrt = (argv: string[], io: Io = processIo): Promise<number> =>
  runCommand(irtCommand, argv, io);
