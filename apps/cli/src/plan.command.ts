// `kepu plan import FILE` and `kepu plan export`: another jurisdiction's outline in, a stored plan out.
import type { Command } from 'commander';
import { withDataDir } from './options.ts';
import type { ExportOptions } from './plan.run.ts';

export function registerPlanCommand(program: Command): void {
  const plan = program.command('plan').description('plan outlines');
  withDataDir(plan.command('import <file>'))
    .description('import an outline (JSON or YAML, docs/plan-format.md) as a new plan version')
    .action(async (file: string, opts: { dataDir: string }) =>
      (await import('./plan.run.ts')).importOutlineCommand(file, opts),
    );
  withDataDir(plan.command('export'))
    .description('write a stored plan as an outline document')
    .option('--plan <id>', 'plan id (default: the current plan)')
    .option('--jurisdiction <code>', 'whose current plan', '211100')
    .option('--format <format>', 'json | yaml', 'json')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (o: ExportOptions) => (await import('./plan.run.ts')).exportOutlineCommand(o));
}
