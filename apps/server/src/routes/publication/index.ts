// All publication routes (issue 14): the office's preview and publish, and the public open data under /public.
import type { FastifyInstance } from 'fastify';
import { publicationOfficeRoutes } from './office.routes.ts';
import { publicDataRoutes } from './public.routes.ts';

export async function publicationRoutes(app: FastifyInstance) {
  for (const routes of [publicationOfficeRoutes, publicDataRoutes]) await app.register(routes);
}
