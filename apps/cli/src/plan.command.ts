// `kepu plan import FILE` and `kepu plan export`: an outline in (text, Word, JSON or YAML), a stored plan out.
import type { Command } from 'commander';
import { withDataDir } from './options.ts';
import type { ExportOptions, ImportOptions } from './plan.run.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerPlanCommand(program: Command): void {
  const plan = program.command('plan').description('plan outlines');
  withDataDir(plan.command('import <file>'))
    .description('import an outline (.txt, .docx, .json, .yaml; docs/plan-format.md) as a new plan version')
    .option('--jurisdiction <code>', 'GB/T 2260 code of the jurisdiction (needed for outline text)')
    .option('--dry-run', 'read and check the file, list new units, store nothing')
    .option('--errors <file>', 'write every problem found to this file as JSON')
    .option(
      '--map <from=to>',
      'use the existing unit <to> for the name <from> in the file (repeatable)',
      collect,
    )
    .option('--new-unit <name>', 'confirm <name> as a new unit (repeatable)', collect)
    .option('--accept-new-units', 'confirm every new unit name of the file')
    .action(async (file: string, opts: ImportOptions) =>
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
