// All commendations' routes (issue 16, 表彰), registered as one plugin.
import type { FastifyInstance } from 'fastify';
import { publicCommendationRoutes } from './public.routes.ts';
import { roundRoutes } from './rounds.routes.ts';

export async function commendationsRoutes(app: FastifyInstance) {
  for (const routes of [roundRoutes, publicCommendationRoutes]) await app.register(routes);
}
