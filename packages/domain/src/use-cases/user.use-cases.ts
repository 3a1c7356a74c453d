// User use-cases: the office sees, creates and manages every account (edit, disable and enable, reset a password,
// unlock); a district admin sees those in its area's subtree. Every account's unit and area fit its role.
import { z } from 'zod';
import { checkPassword, PASSWORD_MAX_LENGTH } from '../auth/password-policy.ts';
import { authorize, can } from '../auth/policy.ts';
import { type Actor, type Role, roleSchema } from '../auth/roles.ts';
import { DomainError, notFound } from '../errors.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import { type FieldIssue, invalid, issue } from '../kernel/field-error.ts';
import { patchSchema } from '../kernel/patch.ts';
import { coversJurisdiction, inSubtree } from '../kernel/scope.ts';
import type {
  AccountRecord,
  AreaStore,
  SessionStore,
  UnitStore,
  UserListItem,
  UserPatch,
  UserStore,
} from './ports.ts';

/**
 * What an account's scope must be for its role: a unit liaison acts for one unit and no area, a district admin for
 * one area and no unit; the office and viewers see everything and have neither (a viewer with a unit would read that
 * unit's notifications). One issue per field that does not fit.
 */
export function roleFitIssues(u: {
  role: Role;
  unitId: number | null;
  areaCode: string | null;
}): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (u.role === 'liaison' && u.unitId === null)
    out.push(issue('unitId', 'user.liaison_needs_unit', 'a unit liaison needs a unit'));
  if (u.role !== 'liaison' && u.unitId !== null)
    out.push(
      issue('unitId', 'user.unit_not_for_role', `an account with the role ${u.role} has no unit`, {
        role: u.role,
      }),
    );
  if (u.role === 'district' && u.areaCode === null)
    out.push(issue('areaCode', 'user.district_needs_area', 'a district admin needs an area'));
  if (u.role !== 'district' && u.areaCode !== null)
    out.push(
      issue('areaCode', 'user.area_not_for_role', `an account with the role ${u.role} has no area`, {
        role: u.role,
      }),
    );
  return out;
}

const unitIdField = z.number().int().positive().max(2_147_483_647).nullable();
const areaCodeField = z.string().trim().min(6).max(12).nullable();
const displayNameField = z.string().trim().min(1).max(60);

export const newUserSchema = z
  .strictObject({
    username: z
      .string()
      .trim()
      .refine((s) => /^[a-z0-9_.-]{3,32}$/.test(s), {
        message: 'use 3–32 lower-case letters, digits, _ . or -',
        params: { code: 'user.username_format' },
      }),
    displayName: displayNameField,
    // the rules (length, not the username, not common) are the password policy's, checked by the use-case
    password: z.string().max(PASSWORD_MAX_LENGTH),
    role: roleSchema,
    unitId: unitIdField.default(null),
    areaCode: areaCodeField.default(null),
  })
  .superRefine((u, ctx) => {
    for (const i of roleFitIssues(u))
      ctx.addIssue({
        code: 'custom',
        path: [i.path],
        message: i.message,
        params: { code: i.code, ...i.params },
      });
  });
export type NewUserInput = z.infer<typeof newUserSchema>;
/** The body of POST /api/users as the client sends it (unitId and areaCode may be left out). */
export type NewUserBody = z.input<typeof newUserSchema>;

/** The body of PATCH /api/users/:id: the fields to change; the result must still fit the role. */
export const userPatchSchema = patchSchema({
  displayName: displayNameField.optional(),
  role: roleSchema.optional(),
  unitId: unitIdField.optional(),
  areaCode: areaCodeField.optional(),
});
export type UserPatchInput = z.infer<typeof userPatchSchema>;

/** The body of POST /api/users/:id/password: the new password the office gives (the owner changes it at sign-in). */
export const passwordResetSchema = z.strictObject({ password: z.string().max(PASSWORD_MAX_LENGTH) });
export type PasswordReset = z.infer<typeof passwordResetSchema>;

type Stores = { users: UserStore; units: UnitStore; areas: AreaStore };

/** 400 naming the field when the unit or area does not exist. */
async function checkScopeExists(
  ctx: UseCaseContext<Stores>,
  u: { unitId: number | null; areaCode: string | null },
) {
  if (u.unitId !== null && !(await ctx.stores.units.find(u.unitId))) {
    throw new DomainError('validation.failed', `unitId: no unit ${u.unitId}`, {
      issues: [issue('unitId', 'user.no_such_unit', 'no such unit', { unitId: u.unitId })],
    });
  }
  if (u.areaCode !== null && !(await ctx.stores.areas.find(u.areaCode))) {
    throw new DomainError('validation.failed', `areaCode: no area ${u.areaCode}`, {
      issues: [issue('areaCode', 'user.no_such_area', 'no such area', { areaCode: u.areaCode })],
    });
  }
}

export async function createUser(ctx: UseCaseContext<Stores>, input: NewUserInput) {
  authorize(ctx.actor, 'users.create');
  const fit = roleFitIssues(input);
  if (fit.length > 0) throw invalid(fit);
  if (await ctx.stores.users.exists(input.username)) {
    throw new DomainError('user.username_taken', `username ${input.username} is taken`, {
      field: 'username',
      username: input.username,
    });
  }
  await checkScopeExists(ctx, input);
  checkPassword('password', input.password, { username: input.username, demoData: ctx.demoData ?? false });
  // a new account works in the jurisdiction the office is working in (none named: the server's default)
  const jurisdictionCode =
    ctx.jurisdiction && ctx.jurisdiction !== ctx.defaultJurisdiction ? ctx.jurisdiction : null;
  const user = await ctx.stores.users.insert({ ...input, jurisdictionCode });
  await ctx.audit.write({ action: 'user.create', entity: 'user', entityId: user.id, after: user });
  return user;
}

/** The office sees every account; a district admin those whose area lies in its subtree (none without an area). */
export async function listUsersFor(ctx: UseCaseContext<{ users: UserStore }>): Promise<UserListItem[]> {
  authorize(ctx.actor, 'users.read');
  const actor = ctx.actor;
  const all = await ctx.stores.users.list();
  const seen = can(actor, 'users.read.all')
    ? all.filter((u) => inScope(actor, u, ctx.defaultJurisdiction))
    : all.filter(
        (u) => u.areaCode !== null && inSubtree({ code: u.areaCode, path: u.areaPath }, actor?.areaCode),
      );
  return seen.map(({ areaPath: _, ...u }) => u);
}

/** The account is scoped to a jurisdiction the actor's covers (an account scoped to none: the default one). */
function inScope(actor: Actor | null, account: { jurisdictionCode?: string | null }, defaultCode?: string) {
  const code = account.jurisdictionCode ?? defaultCode;
  return !code || !actor?.jurisdictionCode || coversJurisdiction(actor.jurisdictionCode, code);
}

async function accountToManage(
  ctx: UseCaseContext<{ users: UserStore }>,
  id: number,
): Promise<AccountRecord> {
  authorize(ctx.actor, 'users.manage');
  const account = await ctx.stores.users.get(id);
  if (!account) throw notFound('user', id);
  // an office manages the accounts of its own jurisdiction and those below it, never one above (issue 13)
  if (!inScope(ctx.actor, account, ctx.defaultJurisdiction)) throw notFound('user', id);
  return account;
}

/** Refuses a change that would leave no enabled office account (nobody could manage accounts any more). */
async function keepAnOffice(
  ctx: UseCaseContext<{ users: UserStore }>,
  account: AccountRecord,
  change: string,
) {
  if (account.role !== 'office' || account.disabledAt) return;
  // each jurisdiction keeps an office of its own (a province office is not the city's)
  const others = (await ctx.stores.users.enabledOffices(account.jurisdictionCode)).filter(
    (id) => id !== account.id,
  );
  if (others.length === 0)
    throw new DomainError(
      'user.last_office',
      `${account.username} is the last enabled office account; it cannot be ${change}`,
      { username: account.username, change },
    );
}

/** The office edits an account's name, role, unit or area; the result must fit the role. */
export async function updateUser(ctx: UseCaseContext<Stores>, id: number, patch: UserPatchInput) {
  const before = await accountToManage(ctx, id);
  const next = {
    role: patch.role ?? before.role,
    unitId: patch.unitId === undefined ? before.unitId : patch.unitId,
    areaCode: patch.areaCode === undefined ? before.areaCode : patch.areaCode,
  };
  const fit = roleFitIssues(next);
  if (fit.length > 0) throw invalid(fit);
  await checkScopeExists(ctx, {
    unitId: patch.unitId === undefined ? null : next.unitId,
    areaCode: patch.areaCode === undefined ? null : next.areaCode,
  });
  if (next.role !== 'office') await keepAnOffice(ctx, before, 'given another role');
  const change: UserPatch = {};
  if (patch.displayName !== undefined) change.displayName = patch.displayName;
  if (patch.role !== undefined) change.role = patch.role;
  if (patch.unitId !== undefined) change.unitId = patch.unitId;
  if (patch.areaCode !== undefined) change.areaCode = patch.areaCode;
  const after = await ctx.stores.users.update(id, change);
  await ctx.audit.write({ action: 'user.update', entity: 'user', entityId: id, before, after });
  return after;
}

/** The office disables an account: it can no longer sign in, and its sessions end now. */
export async function disableUser(
  ctx: UseCaseContext<{ users: UserStore; sessions: SessionStore }>,
  id: number,
) {
  const before = await accountToManage(ctx, id);
  if (before.disabledAt) return before;
  await keepAnOffice(ctx, before, 'disabled');
  const after = await ctx.stores.users.setState(id, { disabledAt: ctx.clock.now() });
  await ctx.stores.sessions.closeAllOf(id);
  await ctx.audit.write({ action: 'user.disable', entity: 'user', entityId: id, before, after });
  return after;
}

/** The office enables a disabled account again (a lock, if any, stays until it is unlocked). */
export async function enableUser(ctx: UseCaseContext<{ users: UserStore }>, id: number) {
  const before = await accountToManage(ctx, id);
  if (!before.disabledAt) return before;
  const after = await ctx.stores.users.setState(id, { disabledAt: null });
  await ctx.audit.write({ action: 'user.enable', entity: 'user', entityId: id, before, after });
  return after;
}

/** The office unlocks an account locked after failed sign-ins, and its count starts again. */
export async function unlockUser(ctx: UseCaseContext<{ users: UserStore }>, id: number) {
  const before = await accountToManage(ctx, id);
  if (!before.lockedAt && before.failedLogins === 0) return before;
  const after = await ctx.stores.users.setState(id, { lockedAt: null, failedLogins: 0 });
  await ctx.audit.write({ action: 'user.unlock', entity: 'user', entityId: id, before, after });
  return after;
}

/**
 * The office gives an account a new password (meeting the policy): its owner must change it at the next sign-in, its
 * sessions end, and a lock from failed sign-ins is lifted. Not one's own account: that is the change-password page.
 */
export async function resetPassword(
  ctx: UseCaseContext<{ users: UserStore; sessions: SessionStore }>,
  id: number,
  input: PasswordReset,
) {
  const before = await accountToManage(ctx, id);
  if (before.id === ctx.actor?.userId)
    throw new DomainError('user.reset_own_password', 'change your own password on the change-password page');
  checkPassword('password', input.password, { username: before.username, demoData: ctx.demoData ?? false });
  await ctx.stores.users.setPassword(id, input.password, true);
  const after = await ctx.stores.users.setState(id, { lockedAt: null, failedLogins: 0 });
  await ctx.stores.sessions.closeAllOf(id);
  await ctx.audit.write({ action: 'user.password_reset', entity: 'user', entityId: id, before, after });
  return after;
}
