// The area tree, each area with its latest population from the yearly figures (entered through
// PUT /api/indicators/populations/:code, the one place a population is written).
import { areaTree } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import { readContext } from '../context.ts';

export async function areaRoutes(app: FastifyInstance) {
  app.get('/areas', { config: { access: 'public' }, schema: { tags: ['area'] } }, async (req) =>
    areaTree(readContext(req)),
  );
}
