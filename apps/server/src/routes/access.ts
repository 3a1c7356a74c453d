// Every API route declares who may call it: public, any signed-in user, or a named permission whose roles are checked
// here before validation; the use-case then checks the permission's scope (which unit, which area) on the resource.
import { DomainError, type Permission, roleMay } from '@kepu/domain';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';

export type Access = 'public' | 'signed-in' | Permission;

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
    if (access !== 'signed-in' && !roleMay(req.actor, access)) {
      throw new DomainError('auth.forbidden', `your role may not do this (${access})`, { permission: access });
    }
  });
}
