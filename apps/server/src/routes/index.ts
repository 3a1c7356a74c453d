// All API routes, each group in its own file.
import type { FastifyInstance } from 'fastify';
import { enforceAccess } from './access.ts';
import { accountabilityRoutes } from './accountability/index.ts';
import { areaRoutes } from './area.routes.ts';
import { auditRoutes } from './audit.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { contentRoutes } from './content/index.ts';
import { commendationsRoutes } from './commendations/index.ts';
import { contestCapabilityRoutes } from './contest/index.ts';
import { expertsRoutes } from './experts/index.ts';
import { healthRoutes } from './health.routes.ts';
import { indicatorRoutes } from './indicators/index.ts';
import { jurisdictionRoutes } from './jurisdictions/jurisdictions.routes.ts';
import { planRoutes } from './plan.routes.ts';
import { planImportRoutes } from './plan-import.routes.ts';
import { publicationRoutes } from './publication/index.ts';
import { servicesRoutes } from './services/index.ts';
import { surveyCapabilityRoutes } from './survey/index.ts';
import { trainingRoutes } from './training/index.ts';
import { unitRoutes } from './unit.routes.ts';
import { userRoutes } from './user.routes.ts';
import { volunteersRoutes } from './volunteers/index.ts';

export async function registerRoutes(app: FastifyInstance) {
  enforceAccess(app);
  for (const routes of [
    healthRoutes,
    authRoutes,
    planRoutes,
    planImportRoutes,
    unitRoutes,
    areaRoutes,
    userRoutes,
    auditRoutes,
    indicatorRoutes,
    accountabilityRoutes,
    surveyCapabilityRoutes,
    jurisdictionRoutes,
    publicationRoutes,
    servicesRoutes,
    volunteersRoutes,
    contentRoutes,
    contestCapabilityRoutes,
    expertsRoutes,
    trainingRoutes,
    commendationsRoutes,
  ]) {
    await app.register(routes);
  }
}
