// Runs `kepu stats estimate` in-process (tests, scripts): parse argv, estimate, print; returns the exit code.
import { CommanderError } from 'commander';
import { estimateCommand } from './estimate-command.ts';
import { type Io, processIo } from './io.ts';

/** Runs `kepu stats estimate ARGV…` without spawning a process; returns the exit code. */
export async function runEstimate(argv: string[], io: Io = processIo): Promise<number> {
  const state = { code: 0 };
  const cmd = estimateCommand(io, state).exitOverride();
  try {
    await cmd.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return state.code;
}
