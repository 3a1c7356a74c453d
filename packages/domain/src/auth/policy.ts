// Who may do what: small declarative rules over an actor and a resource's scope.
import { forbidden } from '../errors.ts';
import type { Actor } from './roles.ts';

/** Resolves whether `code` lies in the subtree rooted at `root` (needs the area's ancestor path). */
export type AreaScope = { code: string; path: readonly string[] };

export const permissions = {
  'plan.import': (a: Actor) => a.role === 'office',
  'audit.read': (a: Actor) => a.role === 'office',
  'users.create': (a: Actor) => a.role === 'office',
  'users.read': (a: Actor) => a.role === 'office' || a.role === 'district',
  'unit.edit': (a: Actor, unitId: number) => a.role === 'office' || (a.role === 'liaison' && a.unitId === unitId),
  'unit.contact.read': (a: Actor, unitId: number) => a.role === 'office' || (a.role === 'liaison' && a.unitId === unitId),
  'area.edit': (a: Actor, area: AreaScope) => a.role === 'office' || (a.role === 'district' && inSubtree(a, area)),
  'ind.admin': (a: Actor) => a.role === 'office',
  // accountability (issue 4): scope on tasks (lead units) is checked in accountability/acc.scope.ts
  'acc.manage': (a: Actor) => a.role === 'office',
  'acc.board.read': (a: Actor) => a.role === 'office' || a.role === 'viewer' || a.role === 'district',
  'acc.file': (a: Actor, unitId: number) => a.role === 'office' || (a.role === 'liaison' && a.unitId === unitId),
} as const;

export type Permission = keyof typeof permissions;

function inSubtree(a: Actor, area: AreaScope): boolean {
  return a.areaCode !== null && (area.code === a.areaCode || area.path.includes(a.areaCode));
}

type Args<P extends Permission> = (typeof permissions)[P] extends (a: Actor, ...rest: infer R) => boolean ? R : never;

export function can<P extends Permission>(actor: Actor | null, permission: P, ...args: Args<P>): boolean {
  if (!actor) return false;
  const rule = permissions[permission] as (a: Actor, ...rest: unknown[]) => boolean;
  return rule(actor, ...args);
}

export function authorize<P extends Permission>(actor: Actor | null, permission: P, ...args: Args<P>): void {
  if (!can(actor, permission, ...args)) throw forbidden(`not allowed: ${permission}`);
}

/** What the web app needs to hide or disable actions, computed from the same rules. */
export function abilities(actor: Actor) {
  return {
    'plan.import': can(actor, 'plan.import'),
    'audit.read': can(actor, 'audit.read'),
    'users.read': can(actor, 'users.read'),
    'users.create': can(actor, 'users.create'),
    'unit.edit': actor.role === 'office' ? 'all' : actor.role === 'liaison' && actor.unitId ? [actor.unitId] : [],
    'area.edit': actor.role === 'office' ? 'all' : actor.role === 'district' && actor.areaCode ? [actor.areaCode] : [],
    'ind.admin': can(actor, 'ind.admin'),
    'ind.review': actor.role === 'office' ? 'all' : actor.role === 'district' && actor.areaCode ? [actor.areaCode] : [],
    'acc.manage': can(actor, 'acc.manage'),
    'acc.board.read': can(actor, 'acc.board.read'),
    'acc.file': actor.role === 'office' ? 'all' : actor.role === 'liaison' && actor.unitId ? [actor.unitId] : [],
  } as const;
}
export type Abilities = ReturnType<typeof abilities>;
