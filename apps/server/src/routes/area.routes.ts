// The area tree, and populations entered by the office or a district within its subtree.
import { areaPopulationSchema, setAreaPopulation } from '@kepu/domain';
import { listAreas } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../context.ts';
import { areaTree } from '../presenters/area.presenter.ts';

export async function areaRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/areas', { config: { access: 'public' }, schema: { tags: ['area'] } }, async () => areaTree(await listAreas(app.kepu.db)));
  app.patch(
    '/areas/:code',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['area'], params: z.object({ code: z.string().regex(/^[0-9A-Z]{6,12}$/) }), body: areaPopulationSchema },
    },
    async (req) => inTransaction(req, (s) => setAreaPopulation({ actor: req.actor, areas: s.areas, audit: s.audit }, req.params.code, req.body)),
  );
}
