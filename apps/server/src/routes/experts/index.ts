// All experts' routes (issue 16), registered as one plugin.
import type { FastifyInstance } from 'fastify';
import { expertRoutes } from './experts.routes.ts';
import { invitationRoutes } from './invitations.routes.ts';
import { publicExpertRoutes } from './public.routes.ts';

export async function expertsRoutes(app: FastifyInstance) {
  for (const routes of [expertRoutes, invitationRoutes, publicExpertRoutes]) await app.register(routes);
}
