// The `estimate` command object; the estimation code loads only when the command runs (keeps `kepu` start-up light).
import { Command } from 'commander';
import { addEstimateOptions } from './estimate-options.ts';
import type { Io } from './io.ts';

/** The `estimate` command; its action stores the exit code in `state.code`. */
export function estimateCommand(io: Io, state: { code: number }): Command {
  const cmd = new Command('estimate')
    .description('design-based estimates from a survey CSV (plain or .gz), as R survey does')
    .argument('<data>', 'CSV file of the survey data (plain or .gz), header in the first row');
  addEstimateOptions(cmd);
  cmd.configureOutput({
    writeOut: io.out,
    writeErr: io.err,
    outputError: (s, write) => write(`kepu stats estimate: ${s.replace(/^error: /, '')}`),
  });
  cmd.action(async (data: string, _opts: unknown, self: Command) => {
    const { runEstimateAction } = await import('./estimate-action.ts');
    state.code = await runEstimateAction(data, self, io);
  });
  return cmd;
}
