// `kepu survey purge`: the survey's purge job from the command line (for a cron job on an instance that is not kept
// running, or to purge now): deletes the answers of every survey whose retention has ended, audited as the CLI.
import type { Command } from 'commander';
import { withDataDir } from './options.ts';

export function registerSurveyCommand(program: Command): void {
  const survey = program.command('survey').description('citizen science literacy surveys');
  withDataDir(survey.command('purge'))
    .description(
      'delete the answers of every survey whose retention has ended (the published values and the audit log stay)',
    )
    .action(async (o: { dataDir: string }) => (await import('./survey.run.ts')).purgeCommand(o));
}
