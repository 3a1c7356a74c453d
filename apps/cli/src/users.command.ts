// `kepu users create`: adds an account from the command line (audited as the system).
import { createUser, isDomainError, newUserSchema } from '@kepu/domain';
import { storesFor } from '@kepu/db';
import { hashPassword } from '@kepu/server';
import type { Command } from 'commander';
import { cliActor as cli, fail, openDatabase, withDataDir } from './database.ts';

/** The option that carries each field of newUserSchema, so errors name what the user typed. */
const optionOf: Record<string, string> = {
  username: '--username',
  displayName: '--display-name',
  password: '--password',
  role: '--role',
  unitId: '--unit',
  areaCode: '--area',
};

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('accounts');
  withDataDir(users.command('create'))
    .description('create an account')
    .requiredOption('--username <name>', 'login name')
    .requiredOption('--role <role>', 'office | liaison | district | viewer')
    .option('--display-name <name>', 'name shown in the app')
    .option('--unit <name>', 'unit name, for a liaison (as written in the outline)')
    .option('--jurisdiction <code>', 'whose unit --unit names, when two jurisdictions have a unit of that name')
    .option('--area <code>', 'area code, for a district admin')
    .option('--password <password>', 'password (or set KEPU_PASSWORD)')
    .action(async (o: { username: string; role: string; displayName?: string; unit?: string; jurisdiction?: string; area?: string; password?: string; dataDir: string }) => {
      const h = await openDatabase(o);
      try {
        let unit: { id: number } | undefined;
        if (o.unit) {
          let q = h.db.selectFrom('org_units').select(['id', 'jurisdiction_code']).where('name', '=', o.unit);
          if (o.jurisdiction) q = q.where('jurisdiction_code', '=', o.jurisdiction);
          const found = await q.execute();
          if (found.length === 0) fail(`--unit: no unit named ${o.unit}${o.jurisdiction ? ` in ${o.jurisdiction}` : ''}`);
          if (found.length > 1) {
            fail(`--unit: ${o.unit} is a unit of ${found.map((u) => u.jurisdiction_code).join(' and ')}; say which with --jurisdiction`);
          }
          unit = found[0];
        }
        const parsed = newUserSchema.safeParse({
          username: o.username,
          displayName: o.displayName ?? o.username,
          password: o.password ?? process.env.KEPU_PASSWORD ?? '',
          role: o.role,
          unitId: unit?.id ?? null,
          areaCode: o.area ?? null,
        });
        if (!parsed.success) fail(parsed.error.issues.map((i) => `${optionOf[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('; '));
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
