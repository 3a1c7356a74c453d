// `kepu ind export <set>` and `kepu ind import <set> <file> [--dry-run]`: statistics data sets by codes (CSV or JSON).
import type { Command } from 'commander';
import type { IndExportOptions, IndImportOptions } from './ind.run.ts';
import { withDataDir } from './options.ts';

const sets = 'values | items | rules | computed | units | populations | kpi | schools | targets | overrides';

export function registerIndCommand(program: Command): void {
  const ind = program
    .command('ind')
    .description('statistics data sets exchanged by codes (docs/indicators.md)');
  withDataDir(ind.command('export <set>'))
    .description(`write a data set as CSV or JSON (${sets})`)
    .option('--year <year>', 'form year (values, items, rules, computed); a filter for populations and kpi')
    .option('--format <format>', 'csv | json', 'csv')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (set: string, o: IndExportOptions) =>
      (await import('./ind.run.ts')).indExportCommand(set, o),
    );
  withDataDir(ind.command('import <set> <file>'))
    .description('read a CSV (.csv) or JSON file into a data set, all or nothing, audited as the CLI')
    .option('--year <year>', 'form year (values take it from the file)')
    .option('--dry-run', 'only report what would change')
    .action(async (set: string, file: string, o: IndImportOptions) =>
      (await import('./ind.run.ts')).indImportCommand(set, file, o),
    );
}
