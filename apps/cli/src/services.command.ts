// `kepu services purge`: the services' purge job from the command line (for a cron job on an instance that is not kept
// running, or to purge now): clears name, phone and answers of registrations past their activity's retention.
import type { Command } from 'commander';
import { withDataDir } from './options.ts';

export function registerServicesCommand(program: Command): void {
  const services = program.command('services').description('science activities and venues');
  withDataDir(services.command('purge'))
    .description(
      'clear the personal data of registrations past their retention (the ledger and its counts stay)',
    )
    .action(async (o: { dataDir: string }) => (await import('./services.run.ts')).purgeCommand(o));
}
