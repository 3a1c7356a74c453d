// Every API route declares who may call it; this hook enforces the static part (scope is checked in use-cases).
import { DomainError, type Permission, can } from '@kepu/domain';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';

type StaticPermission = 'plan.import' | 'audit.read' | 'users.read' | 'users.create';
export type Access = 'public' | 'signed-in' | StaticPermission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export function enforceAccess(app: FastifyInstance) {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.config?.access) throw new Error(`route ${route.method} ${route.url} declares no access`);
  });
  app.addHook('preValidation', async (req: FastifyRequest) => {
    const access = req.routeOptions.config.access;
    if (access === 'public' || access === undefined) return;
    if (!req.actor) throw new DomainError('auth.required', 'sign in first');
    if (access !== 'signed-in' && !can(req.actor, access as Permission & StaticPermission)) {
      throw new DomainError('auth.forbidden', `your role may not do this (${access})`);
    }
  });
}
