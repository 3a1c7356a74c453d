// `kepu users create`, the work: loaded only when the command runs.

import { createUser, isDomainError, newUserSchema } from '@kepu/domain';
import { inCliUseCase } from './cli-context.ts';
import { openDatabase } from './database.ts';
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
    const user = await inCliUseCase(h.db, (ctx) => createUser(ctx, parsed.data));
    console.log(`created ${user.role} ${user.username} (id ${user.id})`);
  } catch (e) {
    if (isDomainError(e)) fail(e.message);
    throw e;
  } finally {
    await h.close();
  }
}
