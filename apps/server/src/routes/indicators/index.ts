// All indicator routes (issue 5), registered as one plugin so the Excel body parser stays in this scope.
import type { FastifyInstance } from 'fastify';
import { analysisRoutes } from './analysis.routes.ts';
import { exchangeRoutes } from './exchange.routes.ts';
import { registryRoutes } from './registry.routes.ts';
import { reportRoutes } from './reports.routes.ts';
import { setupRoutes } from './setup.routes.ts';
import { targetRoutes } from './targets.routes.ts';

export async function indicatorRoutes(app: FastifyInstance) {
  for (const routes of [
    registryRoutes,
    reportRoutes,
    setupRoutes,
    analysisRoutes,
    targetRoutes,
    exchangeRoutes,
  ])
    await app.register(routes);
}
