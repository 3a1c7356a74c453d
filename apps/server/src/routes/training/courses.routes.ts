// Courses: the list (filters, a page at a time), create, read with sessions, trainees (masked) and files, edit.
import {
  courseDetail,
  coursePatchSchema,
  courseQuerySchema,
  courseSchema,
  createCourse,
  listCourses,
  updateCourse,
} from '@kepu/domain/training';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['training'];

export async function courseRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/trn/courses',
    { config: { access: 'trn.read' }, schema: { tags, querystring: courseQuerySchema } },
    async (req) => listCourses(readContext(req), req.query),
  );
  app.post(
    '/trn/courses',
    { config: { access: 'trn.file' }, schema: { tags, body: courseSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => createCourse(ctx, req.body))),
  );
  app.get(
    '/trn/courses/:id',
    { config: { access: 'trn.read' }, schema: { tags, params: idParams } },
    async (req) => courseDetail(readContext(req), req.params.id),
  );
  app.patch(
    '/trn/courses/:id',
    { config: { access: 'trn.file' }, schema: { tags, params: idParams, body: coursePatchSchema } },
    async (req) => inTransaction(req, (ctx) => updateCourse(ctx, req.params.id, req.body)),
  );
}
