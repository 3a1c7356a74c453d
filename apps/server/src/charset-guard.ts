// Request bodies are read as UTF-8: a body that says it is in another charset (GBK, a typo) is refused, not misread.
import { DomainError } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';

const UTF8 = /^"?utf-?8"?$/i;

/** The charset parameter of a Content-Type header, or null when it names none. */
function charsetOf(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*([^;]*)/i.exec(contentType ?? '');
  return m ? (m[1] ?? '').trim() : null;
}

export function refuseOtherCharsets(app: FastifyInstance) {
  app.addHook('onRequest', async (req) => {
    const charset = charsetOf(req.headers['content-type']);
    if (charset !== null && !UTF8.test(charset))
      throw new DomainError(
        'request.unsupported_charset',
        `the body must be UTF-8, not charset "${charset}"; save the file as UTF-8 and send it again`,
        { charset },
      );
  });
}
