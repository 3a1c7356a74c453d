// `kepu stats …`: survey estimation, small-area estimation and item response theory from CSV files (packages/stats).
import type { Command } from 'commander';
import { estimateCommand } from './estimate-command.ts';
import { fhCommand } from './fh-command.ts';
import { processIo } from './io.ts';
import { irtCommand } from './irt-command.ts';

export function registerStatsCommand(program: Command): void {
  const stats = program
    .command('stats')
    .description('survey estimation, small areas and IRT (see packages/stats)');
  for (const make of [estimateCommand, fhCommand, irtCommand]) {
    const state = { code: 0 };
    const sub = make(processIo, state)
      .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2))
      .hook('postAction', () => {
        process.exitCode = state.code;
      });
    stats.addCommand(sub);
  }
}
