// The jurisdiction a request works in (issue 13): asked for by the `X-Kepu-Jurisdiction` header (one request), chosen
// in the session (the web app's switcher), or the account's own; anonymous requests get the server's default.
import { coversJurisdiction, DomainError } from '@kepu/domain';
import type { FastifyRequest } from 'fastify';

export const JURISDICTION_HEADER = 'x-kepu-jurisdiction';

/**
 * Fills the actor's scope (an account scoped to none works in the default jurisdiction) and returns the request's
 * jurisdiction. A header naming one outside the actor's scope is refused (403 jurisdiction.out_of_scope); a session
 * choice that is no longer allowed (the account's scope changed) falls back to the account's own.
 */
export function requestJurisdiction(req: FastifyRequest, chosen: string | null, fallback: string): string {
  const actor = req.actor;
  if (actor && !actor.jurisdictionCode) actor.jurisdictionCode = fallback;
  const scope = actor?.jurisdictionCode ?? fallback;
  const asked = req.headers[JURISDICTION_HEADER];
  if (typeof asked === 'string' && asked !== '') {
    if (!coversJurisdiction(scope, asked) || (!actor && asked !== fallback))
      throw new DomainError(
        'jurisdiction.out_of_scope',
        `jurisdiction ${asked} is outside this account's scope`,
        {
          code: asked,
          scope,
        },
      );
    return asked;
  }
  if (chosen && coversJurisdiction(scope, chosen)) return chosen;
  return scope;
}
