// `kepu stats …`: survey estimation from CSV files (packages/stats).
import type { Command } from 'commander';

export function registerStatsCommand(program: Command): void {
  program.command('stats').description('survey estimation (see packages/stats)');
}
