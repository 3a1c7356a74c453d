// Analysis on request from the stored values: the pivot, one figure per area (map, derived figures), completeness.
import {
  completenessQuerySchema,
  figureQuerySchema,
  indAreaFigures,
  indCompleteness,
  indPivot,
  pivotQuerySchema,
} from '@kepu/domain/indicators';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { readContext } from '../../context.ts';

const tags = ['indicators'];

export async function analysisRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // figures computed from the stored values: kept until the next write (read-cache.ts)
  const cached = { config: { access: 'signed-in' as const, cache: true } };
  app.get('/indicators/pivot', { ...cached, schema: { tags, querystring: pivotQuerySchema } }, async (req) =>
    indPivot(readContext(req), req.query),
  );
  app.get(
    '/indicators/figures',
    { ...cached, schema: { tags, querystring: figureQuerySchema } },
    async (req) => indAreaFigures(readContext(req), req.query),
  );
  app.get(
    '/indicators/completeness',
    { ...cached, schema: { tags, querystring: completenessQuerySchema } },
    async (req) => indCompleteness(readContext(req), req.query),
  );
}
