// Refuses state-changing API requests a browser sends from another site (CSRF), by Origin or Sec-Fetch-Site.
import { DomainError } from '@kepu/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request is cross-site, or null. Browsers send `Origin` with every POST, PUT, PATCH and DELETE (and
 * `Sec-Fetch-Site`); a non-browser client (the CLI, curl, a script with a session cookie of its own) sends neither
 * and cannot be made to act by another site, so it passes. `req.host` follows X-Forwarded-Host only with --trust-proxy.
 */
export function crossSiteReason(req: FastifyRequest): string | null {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (origin === 'null') return 'origin null';
    try {
      if (new URL(origin).host !== req.host) return `origin ${origin}`;
    } catch {
      return `origin ${origin}`;
    }
    return null;
  }
  const site = req.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site' ? `sec-fetch-site ${site}` : null;
}

export function refuseCrossSiteWrites(app: FastifyInstance) {
  app.addHook('onRequest', async (req) => {
    if (SAFE.has(req.method) || !req.url.startsWith('/api/')) return;
    const reason = crossSiteReason(req);
    if (reason) {
      throw new DomainError('auth.cross_site', `refused a change sent from another site (${reason})`, {
        origin: String(req.headers.origin ?? req.headers['sec-fetch-site'] ?? ''),
      });
    }
  });
}
