// `kepu stats fh`: area-level Fay–Herriot small-area estimates from a CSV of direct estimates (packages/stats sae).
// The fitting code loads only when the command runs.
import { Command, Option } from 'commander';
import type { Io } from './io.ts';

export interface FhOptions {
  estimate: string;
  se?: string;
  variance?: string;
  covariates?: string;
  area?: string;
  method: 'REML' | 'ML' | 'FH';
  maxIter: string;
  precision: string;
  format: 'table' | 'json';
}

/** The `fh` command; its action stores the exit code in `state.code`. */
export function fhCommand(io: Io, state: { code: number }): Command {
  const cmd = new Command('fh')
    .description('small-area estimates by the area-level Fay–Herriot model, as R sae eblupFH and mseFH do')
    .argument('<data>', 'CSV file (plain or .gz), one row per area, header in the first row')
    .requiredOption('--estimate <col>', "the areas' direct estimates")
    .option('--se <col>', 'their standard errors (the sampling variance is its square)')
    .option('--variance <col>', 'their sampling variances')
    .option('--covariates <terms>', 'covariates as "COL + factor(COL)" (an intercept is always included)')
    .option('--area <col>', 'area names or codes for the output (default: the row number)')
    .addOption(
      new Option('--method <method>', 'how the area variance is estimated')
        .choices(['REML', 'ML', 'FH'])
        .default('REML'),
    )
    .option('--max-iter <n>', 'Fisher-scoring iterations at most', '100')
    .option('--precision <p>', 'stop when the relative change of the area variance is at most this', '1e-4')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'));
  cmd.configureOutput({
    writeOut: io.out,
    writeErr: io.err,
    outputError: (s, write) => write(`kepu stats fh: ${s.replace(/^error: /, '')}`),
  });
  cmd.action(async (data: string, opts: FhOptions) => {
    const { runFhAction } = await import('./fh-action.ts');
    state.code = await runFhAction(data, opts, io);
  });
  return cmd;
}
