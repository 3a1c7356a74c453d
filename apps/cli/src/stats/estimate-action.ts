// What `stats estimate` does once its options are parsed: check, load, estimate, print; returns the exit code.
import { StatsError } from '@kepu/stats';
import type { Command } from 'commander';
import { computeEstimate } from './estimate-compute.ts';
import { loadData } from './estimate-data.ts';
import { formatResult } from './estimate-format.ts';
import { toRequest } from './estimate-request.ts';
import type { RakeReport } from './estimate-result.ts';
import type { Io } from './io.ts';
import type { RawOptions } from './request-types.ts';
import { UsageError } from './usage-error.ts';

export const COMMAND_NAME = 'kepu stats estimate';

export async function runEstimateAction(data: string, cmd: Command, io: Io): Promise<number> {
  try {
    const opts = cmd.opts() as RawOptions;
    const explicit = new Set(Object.keys(opts).filter((k) => cmd.getOptionValueSource(k) === 'cli'));
    const req = toRequest(data, opts, explicit);
    const loaded = await loadData(req, (line) => io.err(`${COMMAND_NAME}: note: ${line}\n`));
    const result = await computeEstimate(req, loaded);
    for (const w of result.warnings ?? []) io.err(`${COMMAND_NAME}: warning: ${w}\n`);
    if (result.rake !== undefined) io.err(`${COMMAND_NAME}: warning: ${marginReport(result.rake)}\n`);
    io.out(formatResult(result, req.format, req.level));
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof StatsError) {
      io.err(`${COMMAND_NAME}: ${oneLine(inCliTerms(e))}\n`);
      return 2;
    }
    io.err(`${COMMAND_NAME}: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

/** The margins of a rake that did not converge, on one line: target and achieved per cell. */
function marginReport(r: RakeReport): string {
  const cells = r.margins.map(
    (m) => `${m.variable}=${m.level} ${m.achieved.toPrecision(7)} (target ${m.target})`,
  );
  return `raked margins after ${r.iterations} sweeps: ${cells.join('; ')}`;
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

/** The library speaks of its options (nest: true); the user typed command-line options. */
function inCliTerms(e: Error): string {
  return e instanceof StatsError && e.code === 'NOT_NESTED'
    ? e.message.replace('nest: true', '--nest')
    : e.message;
}
