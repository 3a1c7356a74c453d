// `kepu users create | unlock | reset-password`, the work: loaded only when the command runs.

import { inUseCase } from '@kepu/db';
import {
  createUser,
  type DomainError,
  fieldError,
  isDomainError,
  newUserSchema,
  resetPassword,
  unlockUser,
} from '@kepu/domain';
import { inCliUseCase } from './cli-context.ts';
import { cliActor, cliClock, openDatabase } from './database.ts';
import { fail } from './options.ts';

/** The option that carries each field of newUserSchema, so errors name what the user typed. */
const optionOf: Record<string, string> = {
  username: '--username',
  displayName: '--display-name',
  password: '--password',
  role: '--role',
  unitId: '--unit',
  areaCode: '--area',
};

export type CreateUserOptions = {
  username: string;
  role: string;
  displayName?: string;
  unit?: string;
  jurisdiction?: string;
  area?: string;
  /** GB/T 2260 code of the account's jurisdiction scope. */
  scope?: string;
  password?: string;
  dataDir: string;
};

export async function createUserCommand(o: CreateUserOptions): Promise<void> {
  const h = await openDatabase(o);
  try {
    let unit: { id: number } | undefined;
    if (o.unit) {
      let q = h.db.selectFrom('org_units').select(['id', 'jurisdiction_code']).where('name', '=', o.unit);
      if (o.jurisdiction) q = q.where('jurisdiction_code', '=', o.jurisdiction);
      const found = await q.execute();
      if (found.length === 0)
        fail(`--unit: no unit named ${o.unit}${o.jurisdiction ? ` in ${o.jurisdiction}` : ''}`);
      if (found.length > 1) {
        fail(
          `--unit: ${o.unit} is a unit of ${found.map((u) => u.jurisdiction_code).join(' and ')}; say which with --jurisdiction`,
        );
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
    if (!parsed.success)
      fail(
        parsed.error.issues
          .map((i) => `${optionOf[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`)
          .join('; '),
      );
    if (o.scope !== undefined && !/^\d{6}$/.test(o.scope))
      fail(`--scope: a six-digit GB/T 2260 code (e.g. 210000), not "${o.scope}"`);
    // the new account is scoped to the jurisdiction the context works in (createUser), so name it here
    const user = await inUseCase(h.db, cliActor, cliClock(), (ctx) => createUser(ctx, parsed.data), {
      ...(o.scope ? { jurisdiction: o.scope } : {}),
    });
    console.log(`created ${user.role} ${user.username} (id ${user.id})`);
  } catch (e) {
    if (isDomainError(e)) fail(explain(e));
    throw e;
  } finally {
    await h.close();
  }
}

/** A domain error's first field issue with the option that carries the field (`--password: …`), else its message. */
function explain(e: DomainError): string {
  const issues = (e.details as { issues?: { path: string; message: string }[] }).issues;
  const first = issues?.[0];
  return first ? `${optionOf[first.path] ?? first.path}: ${first.message}` : e.message;
}

export type AccountOptions = { username: string; password?: string; dataDir: string };

/** The office's recovery work from the command line, for when no office account can sign in. */
async function onAccount(o: AccountOptions, work: 'unlock' | 'reset-password'): Promise<void> {
  const h = await openDatabase(o);
  try {
    const message = await inCliUseCase(h.db, async (ctx) => {
      const account = await ctx.stores.users.find(o.username);
      if (!account) throw fieldError('username', 'user.not_found', `no account ${o.username}`);
      if (work === 'unlock') {
        await unlockUser(ctx, account.id);
        return `unlocked ${account.username}`;
      }
      await resetPassword(ctx, account.id, { password: o.password ?? process.env.KEPU_PASSWORD ?? '' });
      return `set a new password for ${account.username}; it must be changed at the next sign-in`;
    });
    console.log(message);
  } catch (e) {
    if (isDomainError(e)) fail(explain(e));
    throw e;
  } finally {
    await h.close();
  }
}

export const unlockCommand = (o: AccountOptions) => onAccount(o, 'unlock');
export const resetPasswordCommand = (o: AccountOptions) => onAccount(o, 'reset-password');
