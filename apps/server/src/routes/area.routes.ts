// The area tree, each area with its latest population from the yearly figures (entered through
// PUT /api/indicators/populations/:code, the one place a population is written).
import { latestPopulations, listAreas } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import { areaTree } from '../presenters/area.presenter.ts';

export async function areaRoutes(app: FastifyInstance) {
  app.get('/areas', { config: { access: 'public' }, schema: { tags: ['area'] } }, async () => {
    const [areas, populations] = await Promise.all([listAreas(app.kepu.db), latestPopulations(app.kepu.db)]);
    return areaTree(areas, populations);
  });
}
