// `kepu stats …`: survey estimation from CSV files (packages/stats).
import type { Command } from 'commander';
import { estimateCommand } from './estimate-command.ts';
import { fhCommand } from './fh-command.ts';
import { processIo } from './io.ts';

export function registerStatsCommand(program: Command): void {
  const stats = program.command('stats').description('survey estimation (see packages/stats)');
  const state = { code: 0 };
  for (const make of [estimateCommand, fhCommand])
    stats.addCommand(
      make(processIo, state)
        .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2))
        .hook('postAction', () => {
          process.exitCode = state.code;
        }),
    );
}
