// Analysis on request from the stored values: the pivot, one figure per area (map, derived figures), completeness.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  areaFigures,
  completenessFor,
  figureQuerySchema,
  pivot,
  pivotQuerySchema,
} from '../../indicators/analysis.service.ts';
import { readCtx } from '../../indicators/tx.ts';

const tags = ['indicators'];

export async function analysisRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/indicators/pivot',
    { config: { access: 'signed-in' }, schema: { tags, querystring: pivotQuerySchema } },
    async (req) => pivot(readCtx(req), req.query),
  );
  app.get(
    '/indicators/figures',
    { config: { access: 'signed-in' }, schema: { tags, querystring: figureQuerySchema } },
    async (req) => areaFigures(readCtx(req), req.query),
  );
  app.get(
    '/indicators/completeness',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100),
          root: z
            .string()
            .regex(/^[0-9A-Z]{6,12}$/)
            .optional(),
        }),
      },
    },
    async (req) => completenessFor(readCtx(req), req.query.year, req.query.root),
  );
}
