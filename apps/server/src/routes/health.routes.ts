// GET /api/health: the database answers a real query correctly (200), or 503 so a supervisor or proxy can act. It also
// says whether the server runs with the published demo data (`demo`): the web app then says so on every page.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { errorBody } from '../errors.ts';

export async function healthRoutes(app: FastifyInstance) {
  app.get('/health', { config: { access: 'public' }, schema: { tags: ['system'] } }, async (req, reply) => {
    const { db, engine, version, demoData } = app.kepu;
    try {
      // a connection that has lost step answers empty rather than failing, so the answer is checked, not just awaited
      const r = await sql<{ one: number; migrations: number }>`
        select 1 as one, (select count(*) from kysely_migration)::int as migrations`.execute(db);
      if (r.rows[0]?.one !== 1 || !(r.rows[0].migrations > 0))
        throw new Error(`unexpected answer ${JSON.stringify(r.rows)}`);
    } catch (e) {
      req.log.error(e, 'health check failed');
      return reply
        .status(503)
        .send(errorBody('system.database_unavailable', 'the database does not answer correctly', { engine }));
    }
    return { status: 'ok', database: engine, version, demo: demoData };
  });
}
