// The `irt` command object (`kepu stats irt`); the fitting code loads only when the command runs.
import { Command, Option } from 'commander';
import type { Io } from './io.ts';

/** The `irt` command; its action stores the exit code in `state.code`. */
export function irtCommand(io: Io, state: { code: number }): Command {
  const cmd = new Command('irt')
    .description(
      'item response theory: Rasch, 2PL or 3PL by marginal maximum likelihood, as R mirt 1.41 does',
    )
    .argument(
      '<data>',
      'CSV file of 0/1 item responses (plain or .gz), NA = not answered, header in the first row',
    )
    .option('--items <cols>', 'the item columns, comma-separated')
    .option('--all-items', 'every column is an item (except the --freq column)')
    .option('--freq <col>', 'frequency column: each row is a response pattern with this many respondents')
    .addOption(
      new Option('--model <model>', 'the IRT model').choices(['rasch', '2PL', '3PL']).makeOptionMandatory(),
    )
    .option('--guess-prior <a,b>', '3PL: Beta(a, b) prior on the guessing parameter g')
    .option('--tol <t>', 'convergence: largest absolute parameter change of an EM cycle', '1e-4')
    .option('--quadpts <q>', 'quadrature points on [-6, 6]', '61')
    .option('--se', 'standard errors of the item parameters (Oakes identity, as mirt SE = TRUE)')
    .addOption(
      new Option('--scores <method>', 'person scores, one per row (per pattern with --freq)').choices([
        'eap',
        'map',
      ]),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'));
  cmd.configureOutput({
    writeOut: io.out,
    writeErr: io.err,
    outputError: (s, write) => write(`kepu stats irt: ${s.replace(/^error: /, '')}`),
  });
  cmd.action(async (data: string, _opts: unknown, self: Command) => {
    const { runIrtAction } = await import('./irt-action.ts');
    state.code = await runIrtAction(data, self.opts(), io);
  });
  return cmd;
}
