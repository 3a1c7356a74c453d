// PostgreSQL text cannot hold U+0000: refuse it up front, naming the field, instead of failing in the database.
import { DomainError, issue } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';

const MESSAGE = 'must not contain the NUL character (U+0000)';

/** The path of the first string holding U+0000, walked without recursion (bodies may nest deeply). */
export function findNul(root: unknown, where: string): string | null {
  const stack: [unknown, string][] = [[root, where]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}.${i}`]);
    } else if (value !== null && typeof value === 'object') {
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) continue; // a Buffer upload is not text
      for (const [key, v] of Object.entries(value).reverse()) stack.push([v, `${path}.${key}`]);
    }
  }
  return null;
}

export function refuseNulCharacters(app: FastifyInstance) {
  app.addHook('preHandler', async (req) => {
    for (const [where, value] of [
      ['params', req.params],
      ['querystring', req.query],
      ['body', req.body],
    ] as const) {
      const path = findNul(value, where);
      if (path)
        throw new DomainError('validation.failed', `${path}: ${MESSAGE}`, {
          issues: [issue(path, 'request.nul_character', MESSAGE)],
        });
    }
  });
}
