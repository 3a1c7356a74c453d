// Auth use-cases: sign in, and who the signed-in user is with the abilities the web app hides or disables actions by.
import { type Abilities, abilities } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { DomainError } from '../errors.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { CredentialStore, UserRecord, UserStore } from './ports.ts';

/** What sign-in answers: the account and its abilities. */
export interface SignedIn {
  user: UserRecord;
  abilities: Abilities;
}
/** What GET /api/auth/me answers; `user` is null when the account was removed during the session. */
export interface CurrentUser {
  user: UserRecord | null;
  abilities: Abilities;
}

export const actorOf = (u: UserRecord): Actor => ({
  userId: u.id,
  username: u.username,
  role: u.role,
  unitId: u.unitId,
  areaCode: u.areaCode,
});

/** auth.invalid_credentials (without saying which part was wrong) unless the password is the account's. */
export async function signIn(
  ctx: UseCaseContext<{ credentials: CredentialStore }>,
  input: { username: string; password: string },
): Promise<SignedIn> {
  const user = await ctx.stores.credentials.verify(input.username, input.password);
  if (!user) throw new DomainError('auth.invalid_credentials', 'wrong username or password');
  return { user, abilities: abilities(actorOf(user)) };
}

export async function currentUser(ctx: UseCaseContext<{ users: UserStore }>): Promise<CurrentUser> {
  if (!ctx.actor) throw new DomainError('auth.required', 'sign in first');
  const user = await ctx.stores.users.find(ctx.actor.username);
  return { user: user ?? null, abilities: abilities(ctx.actor) };
}
