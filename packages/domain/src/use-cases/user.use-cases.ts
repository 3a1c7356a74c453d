// User use-cases: the office sees and creates every account; a district admin sees those in its area's subtree.
import { z } from 'zod';
import { authorize, can } from '../auth/policy.ts';
import { roleSchema } from '../auth/roles.ts';
import { DomainError } from '../errors.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import { issue } from '../kernel/field-error.ts';
import { inSubtree } from '../kernel/scope.ts';
import type { AreaStore, UnitStore, UserListItem, UserStore } from './ports.ts';

export const newUserSchema = z
  .strictObject({
    username: z
      .string()
      .trim()
      .refine((s) => /^[a-z0-9_.-]{3,32}$/.test(s), {
        message: 'use 3–32 lower-case letters, digits, _ . or -',
        params: { code: 'user.username_format' },
      }),
    displayName: z.string().trim().min(1).max(60),
    password: z.string().min(10, 'a password has at least 10 characters').max(200),
    role: roleSchema,
    unitId: z.number().int().positive().max(2_147_483_647).nullable().default(null),
    areaCode: z.string().trim().min(6).max(12).nullable().default(null),
  })
  .superRefine((u, ctx) => {
    if (u.role === 'liaison' && u.unitId === null)
      ctx.addIssue({
        code: 'custom',
        path: ['unitId'],
        message: 'a unit liaison needs a unit',
        params: { code: 'user.liaison_needs_unit' },
      });
    if (u.role === 'district' && u.areaCode === null)
      ctx.addIssue({
        code: 'custom',
        path: ['areaCode'],
        message: 'a district admin needs an area',
        params: { code: 'user.district_needs_area' },
      });
  });
export type NewUserInput = z.infer<typeof newUserSchema>;
/** The body of POST /api/users as the client sends it (unitId and areaCode may be left out). */
export type NewUserBody = z.input<typeof newUserSchema>;

export async function createUser(
  ctx: UseCaseContext<{ users: UserStore; units: UnitStore; areas: AreaStore }>,
  input: NewUserInput,
) {
  authorize(ctx.actor, 'users.create');
  if (await ctx.stores.users.exists(input.username)) {
    throw new DomainError('user.username_taken', `username ${input.username} is taken`, {
      field: 'username',
      username: input.username,
    });
  }
  if (input.unitId !== null && !(await ctx.stores.units.find(input.unitId))) {
    throw new DomainError('validation.failed', `unitId: no unit ${input.unitId}`, {
      issues: [issue('unitId', 'user.no_such_unit', 'no such unit', { unitId: input.unitId })],
    });
  }
  if (input.areaCode !== null && !(await ctx.stores.areas.find(input.areaCode))) {
    throw new DomainError('validation.failed', `areaCode: no area ${input.areaCode}`, {
      issues: [issue('areaCode', 'user.no_such_area', 'no such area', { areaCode: input.areaCode })],
    });
  }
  const user = await ctx.stores.users.insert(input);
  await ctx.audit.write({ action: 'user.create', entity: 'user', entityId: user.id, after: user });
  return user;
}

/** The office sees every account; a district admin those whose area lies in its subtree (none without an area). */
export async function listUsersFor(ctx: UseCaseContext<{ users: UserStore }>): Promise<UserListItem[]> {
  authorize(ctx.actor, 'users.read');
  const actor = ctx.actor;
  const all = await ctx.stores.users.list();
  const seen =
    can(actor, 'users.read.all')
      ? all
      : all.filter(
          (u) => u.areaCode !== null && inSubtree({ code: u.areaCode, path: u.areaPath }, actor?.areaCode),
        );
  return seen.map(({ areaPath: _, ...u }) => u);
}
