// The public list of a year's commendations (no account): the approved nominations by category, individuals'
// names masked unless they consented, groups' in full. Rate-limited.
import { publicCommendations, publishedYears } from '@kepu/domain/commendations';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { readContext } from '../../context.ts';
import { yearParams } from '../params.ts';

const tags = ['commendations'];
const config = { access: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } } as const;

export async function publicCommendationRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/pub/commendations', { config, schema: { tags } }, async (req) => ({
    years: await publishedYears(readContext(req)),
  }));
  app.get('/pub/commendations/:year', { config, schema: { tags, params: yearParams } }, async (req) =>
    publicCommendations(readContext(req), req.params.year),
  );
}
