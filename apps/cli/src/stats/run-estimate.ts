// Runs `kepu stats estimate` in-process: parse argv, estimate, print; returns the exit code.
import { StatsError } from '@kepu/stats';
import { Command, CommanderError } from 'commander';
import { computeEstimate } from './estimate-compute.ts';
import { loadData } from './estimate-data.ts';
import { formatResult } from './estimate-format.ts';
import { addEstimateOptions } from './estimate-options.ts';
import { type RawOptions, toRequest } from './estimate-request.ts';
import { UsageError } from './usage-error.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

const NAME = 'kepu stats estimate';

/** The `estimate` command; its action stores the exit code in `state.code`. */
export function estimateCommand(io: Io, state: { code: number }): Command {
  const cmd = new Command('estimate')
    .description('design-based estimates from a survey CSV (plain or .gz), as R survey does')
    .argument('<data>', 'CSV file of the survey data (plain or .gz), header in the first row');
  addEstimateOptions(cmd);
  cmd.configureOutput({
    writeOut: io.out,
    writeErr: io.err,
    outputError: (s, write) => write(`${NAME}: ${s.replace(/^error: /, '')}`),
  });
  cmd.action((data: string, _opts: unknown, self: Command) => {
    state.code = estimate(data, self, io);
  });
  return cmd;
}

function estimate(data: string, cmd: Command, io: Io): number {
  try {
    const opts = cmd.opts() as RawOptions;
    const explicit = new Set(Object.keys(opts).filter((k) => cmd.getOptionValueSource(k) === 'cli'));
    const req = toRequest(data, opts, explicit);
    const result = computeEstimate(req, loadData(req));
    io.out(formatResult(result, req.format, req.level));
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof StatsError) {
      io.err(`${NAME}: ${oneLine(inCliTerms(e))}\n`);
      return 2;
    }
    io.err(`${NAME}: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

/** The library speaks of its options (nest: true); the user typed command-line options. */
function inCliTerms(e: Error): string {
  return e instanceof StatsError && e.code === 'NOT_NESTED'
    ? e.message.replace('nest: true', '--nest')
    : e.message;
}

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
