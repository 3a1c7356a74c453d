// Every API route declares who may call it: public, any signed-in user, or a named permission whose roles are checked
// here before validation; the use-case then checks the permission's scope (which unit, which area) on the resource.
// A user who must change their password reaches only the routes marked `beforePasswordChange` until they have.
import { DomainError, type Permission, roleMay } from '@kepu/domain';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';

export type Access = 'public' | 'signed-in' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** May be called by a signed-in user who must first choose a new password (who am I, sign out, change it). */
    beforePasswordChange?: boolean;
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
    // after a reset by the office, the password the office chose opens nothing but the page that changes it
    if (req.mustChangePassword && !req.routeOptions.config.beforePasswordChange)
      throw new DomainError(
        'auth.password_change_required',
        'choose a new password first (POST /api/auth/password)',
      );
    if (access !== 'signed-in' && !roleMay(req.actor, access)) {
      throw new DomainError('auth.forbidden', `your role may not do this (${access})`, {
        permission: access,
      });
    }
  });
}
