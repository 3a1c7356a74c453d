// Auth use-cases: sign in (with lock-out after failed attempts), sign out, change one's own password, and who the
// signed-in user is with the abilities the web app hides or disables actions by. Each is written to the audit log.
import { z } from 'zod';
import { checkPassword, PASSWORD_MAX_LENGTH } from '../auth/password-policy.ts';
import { type Abilities, abilities } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { DomainError } from '../errors.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { CredentialStore, SessionStore, UserRecord, UserStore } from './ports.ts';

/** Consecutive failed sign-ins after which an account is locked until the office unlocks it. */
export const LOCK_AFTER_FAILED_SIGN_INS = 5;

/** What sign-in answers: the account, whether it must choose a new password first, and its abilities. */
export interface SignedIn {
  user: UserRecord;
  /** True after a reset by the office: the web app sends the user to change it before anything else. */
  mustChangePassword: boolean;
  abilities: Abilities;
}
/** What GET /api/auth/me answers; `user` is null when the account was removed during the session. */
export interface CurrentUser {
  user: UserRecord | null;
  mustChangePassword: boolean;
  abilities: Abilities;
}

export const actorOf = (u: UserRecord): Actor => ({
  userId: u.id,
  username: u.username,
  role: u.role,
  unitId: u.unitId,
  areaCode: u.areaCode,
});

/** The account without its sign-in state, as sign-in and /auth/me show it. */
export const userRecordOf = (a: UserRecord): UserRecord => ({
  id: a.id,
  username: a.username,
  displayName: a.displayName,
  role: a.role,
  unitId: a.unitId,
  areaCode: a.areaCode,
});

/**
 * A sign-in's outcome. A refusal is returned, not thrown, so that what it records (the failed attempt, the count
 * towards lock-out) commits with the transaction; the route then answers with `error`.
 */
export type SignInOutcome = { ok: true; signedIn: SignedIn } | { ok: false; error: DomainError };

const invalidCredentials = () => new DomainError('auth.invalid_credentials', 'wrong username or password');
const locked = () =>
  new DomainError(
    'auth.locked',
    `this account is locked after ${LOCK_AFTER_FAILED_SIGN_INS} failed sign-ins; ask the office to unlock it`,
    { after: LOCK_AFTER_FAILED_SIGN_INS },
  );

/**
 * Checks a sign-in. An unknown username and a wrong password get the same `auth.invalid_credentials`; a locked
 * account gets `auth.locked` whatever the password (so guessing goes no further), a disabled one `auth.disabled`
 * once the password is right. Every attempt is audited (`auth.login` / `auth.login_failed`), never the password.
 */
export async function signIn(
  ctx: UseCaseContext<{ users: UserStore; credentials: CredentialStore }>,
  input: { username: string; password: string },
): Promise<SignInOutcome> {
  const { users, credentials } = ctx.stores;
  const account = await users.find(input.username);
  const failed = async (reason: string, error: DomainError, extra: Record<string, unknown> = {}) => {
    await ctx.audit.write({
      action: 'auth.login_failed',
      entity: 'user',
      entityId: account?.id ?? input.username,
      after: { username: input.username, reason, ...extra },
      actor: { id: null, username: input.username },
    });
    return { ok: false as const, error };
  };
  if (account?.lockedAt) return failed('locked', locked());
  // the hash check runs for unknown names too (against a decoy), so the answer's timing does not tell them apart
  const passwordRight = await credentials.verify(input.username, input.password);
  if (!account) return failed('unknown_user', invalidCredentials());
  if (!passwordRight) {
    const count = await users.countFailedSignIn(account.id, LOCK_AFTER_FAILED_SIGN_INS, ctx.clock.now());
    return count.locked
      ? failed('wrong_password', locked(), { failedLogins: count.failedLogins, locked: true })
      : failed('wrong_password', invalidCredentials(), { failedLogins: count.failedLogins });
  }
  if (account.disabledAt)
    return failed(
      'disabled',
      new DomainError('auth.disabled', 'this account is disabled; ask the office to enable it'),
    );
  if (account.failedLogins > 0) await users.setState(account.id, { failedLogins: 0 });
  await ctx.audit.write({
    action: 'auth.login',
    entity: 'user',
    entityId: account.id,
    after: { username: account.username, mustChangePassword: account.mustChangePassword },
    actor: { id: account.id, username: account.username },
  });
  return {
    ok: true,
    signedIn: {
      user: userRecordOf(account),
      mustChangePassword: account.mustChangePassword,
      abilities: abilities(actorOf(account)),
    },
  };
}

/** Ends the session `sessionId` (the SHA-256 of the cookie's token) and records the sign-out. */
export async function signOut(ctx: UseCaseContext<{ sessions: SessionStore }>, sessionId: string | null) {
  if (!ctx.actor) throw new DomainError('auth.required', 'sign in first');
  if (sessionId) await ctx.stores.sessions.close(sessionId);
  await ctx.audit.write({
    action: 'auth.logout',
    entity: 'user',
    entityId: ctx.actor.userId,
    after: { username: ctx.actor.username },
  });
}

export async function currentUser(ctx: UseCaseContext<{ users: UserStore }>): Promise<CurrentUser> {
  if (!ctx.actor) throw new DomainError('auth.required', 'sign in first');
  const user = await ctx.stores.users.find(ctx.actor.username);
  return {
    user: user ? userRecordOf(user) : null,
    mustChangePassword: user?.mustChangePassword ?? false,
    abilities: abilities(ctx.actor),
  };
}

export const passwordChangeSchema = z.strictObject({
  current: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  next: z.string().max(PASSWORD_MAX_LENGTH),
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

/**
 * The signed-in user changes their own password: the current one must be right and the new one meet the policy.
 * Clears "must change", and ends every other session of the account (`keepSession` is the one making the change).
 */
export async function changeOwnPassword(
  ctx: UseCaseContext<{ users: UserStore; credentials: CredentialStore; sessions: SessionStore }>,
  input: PasswordChange,
  keepSession: string | null,
): Promise<CurrentUser> {
  if (!ctx.actor) throw new DomainError('auth.required', 'sign in first');
  const account = await ctx.stores.users.get(ctx.actor.userId);
  if (!account) throw new DomainError('auth.required', 'sign in first');
  if (!(await ctx.stores.credentials.verify(account.username, input.current)))
    throw fieldError('current', 'auth.wrong_password', 'this is not your current password');
  if (input.next === input.current)
    throw fieldError('next', 'password.unchanged', 'the new password is the same as the current one');
  checkPassword('next', input.next, { username: account.username, demoData: ctx.demoData ?? false });
  await ctx.stores.users.setPassword(account.id, input.next, false);
  await ctx.stores.sessions.closeAllOf(account.id, keepSession ?? undefined);
  await ctx.audit.write({
    action: 'auth.password_change',
    entity: 'user',
    entityId: account.id,
    before: { mustChangePassword: account.mustChangePassword },
    after: { mustChangePassword: false },
  });
  return { user: userRecordOf(account), mustChangePassword: false, abilities: abilities(ctx.actor) };
}
