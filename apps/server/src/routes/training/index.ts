// Training records (issue 16) under /api/trn, one plugin with its own multipart parser for evidence files.
import multipart from '@fastify/multipart';
import { MAX_EVIDENCE_BYTES } from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import { courseRoutes } from './courses.routes.ts';
import { fileRoutes } from './files.routes.ts';
import { sessionRoutes } from './sessions.routes.ts';
import { summaryRoutes } from './summary.routes.ts';

export async function trainingRoutes(app: FastifyInstance) {
  await app.register(multipart, {
    preservePath: true,
    limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 5, parts: 6 },
  });
  for (const routes of [courseRoutes, sessionRoutes, fileRoutes, summaryRoutes]) await app.register(routes);
}
