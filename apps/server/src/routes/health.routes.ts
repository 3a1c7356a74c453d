// GET /api/health: liveness and the database engine in use.
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';

export async function healthRoutes(app: FastifyInstance) {
  app.get('/health', { config: { access: 'public' }, schema: { tags: ['system'] } }, async () => {
    await sql`select 1`.execute(app.kepu.db);
    return { status: 'ok', database: app.kepu.engine, version: app.kepu.version };
  });
}
