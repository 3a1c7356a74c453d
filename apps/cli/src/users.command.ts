// `kepu users create`: adds an account from the command line (audited as the system).
import { type Actor, createUser, isDomainError, newUserSchema } from '@kepu/domain';
import { storesFor } from '@kepu/db';
import { hashPassword } from '@kepu/server';
import type { Command } from 'commander';
import { fail, openDatabase, withDataDir } from './database.ts';

const cli: Actor = { userId: 0, username: 'cli', role: 'office', unitId: null, areaCode: null };

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('accounts');
  withDataDir(users.command('create'))
    .description('create an account')
    .requiredOption('--username <name>', 'login name')
    .requiredOption('--role <role>', 'office | liaison | district | viewer')
    .option('--display-name <name>', 'name shown in the app')
    .option('--unit <name>', 'unit name, for a liaison (as written in the outline)')
    .option('--area <code>', 'area code, for a district admin')
    .option('--password <password>', 'password (or set KEPU_PASSWORD)')
    .action(async (o: { username: string; role: string; displayName?: string; unit?: string; area?: string; password?: string; dataDir: string }) => {
      const h = await openDatabase(o);
      try {
        const unit = o.unit ? await h.db.selectFrom('org_units').select('id').where('name', '=', o.unit).executeTakeFirst() : undefined;
        if (o.unit && !unit) fail(`--unit: no unit named ${o.unit}`);
        const parsed = newUserSchema.safeParse({
          username: o.username,
          displayName: o.displayName ?? o.username,
          password: o.password ?? process.env.KEPU_PASSWORD ?? '',
          role: o.role,
          unitId: unit?.id ?? null,
          areaCode: o.area ?? null,
        });
        if (!parsed.success) fail(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
        const user = await h.db
          .transaction()
          .execute((trx) => createUser({ actor: cli, ...storesFor(trx, cli), hashPassword }, parsed.data));
        console.log(`created ${user.role} ${user.username} (id ${user.id})`);
      } catch (e) {
        if (isDomainError(e)) fail(e.message);
        throw e;
      } finally {
        await h.close();
      }
    });
}
