// `kepu users create`: adds an account from the command line (audited as the CLI).
import type { Command } from 'commander';
import { withDataDir } from './options.ts';
import type { CreateUserOptions } from './users.run.ts';

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('accounts');
  withDataDir(users.command('create'))
    .description('create an account')
    .requiredOption('--username <name>', 'login name')
    .requiredOption('--role <role>', 'office | liaison | district | viewer')
    .option('--display-name <name>', 'name shown in the app')
    .option('--unit <name>', 'unit name, for a liaison (as written in the outline)')
    .option(
      '--jurisdiction <code>',
      'whose unit --unit names, when two jurisdictions have a unit of that name',
    )
    .option('--area <code>', 'area code, for a district admin')
    .option('--password <password>', 'password (or set KEPU_PASSWORD)')
    .action(async (o: CreateUserOptions) => (await import('./users.run.ts')).createUserCommand(o));
}
