// `kepu users create | unlock | reset-password`: accounts from the command line (audited as the CLI); unlock and
// reset-password recover an office account that can no longer sign in.
import type { Command } from 'commander';
import { withDataDir } from './options.ts';
import type { AccountOptions, CreateUserOptions } from './users.run.ts';

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
    .option(
      '--scope <code>',
      "the jurisdiction the account works in, and every one below it (e.g. 210000); default: the server's default",
    )
    .option('--password <password>', 'password (or set KEPU_PASSWORD)')
    .action(async (o: CreateUserOptions) => (await import('./users.run.ts')).createUserCommand(o));
  withDataDir(users.command('unlock'))
    .description('unlock an account locked after failed sign-ins')
    .requiredOption('--username <name>', 'login name')
    .action(async (o: AccountOptions) => (await import('./users.run.ts')).unlockCommand(o));
  withDataDir(users.command('reset-password'))
    .description('give an account a new password, to be changed at its next sign-in; its sessions end')
    .requiredOption('--username <name>', 'login name')
    .option('--password <password>', 'the new password (or set KEPU_PASSWORD)')
    .action(async (o: AccountOptions) => (await import('./users.run.ts')).resetPasswordCommand(o));
}
