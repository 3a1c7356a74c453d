// Sessions (add, correct, mark held, void with a reason) and named trainees (add with consent, correct, remove; the
// full names an audited read), and the office's purge of trainees' personal data.
import {
  addSession,
  addTrainee,
  completeSession,
  purgeSchema,
  purgeTrainees,
  removeTrainee,
  sessionPatchSchema,
  sessionSchema,
  traineePatchSchema,
  traineeSchema,
  traineesPersonal,
  updateSession,
  updateTrainee,
  voidSchema,
  voidSession,
} from '@kepu/domain/training';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['training'];
const filers = { config: { access: 'trn.file' } } as const;

export async function sessionRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/trn/courses/:id/sessions',
    { ...filers, schema: { tags, params: idParams, body: sessionSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => addSession(ctx, req.params.id, req.body))),
  );
  app.patch(
    '/trn/sessions/:id',
    { ...filers, schema: { tags, params: idParams, body: sessionPatchSchema } },
    async (req) => inTransaction(req, (ctx) => updateSession(ctx, req.params.id, req.body)),
  );
  app.post('/trn/sessions/:id/complete', { ...filers, schema: { tags, params: idParams } }, async (req) =>
    inTransaction(req, (ctx) => completeSession(ctx, req.params.id)),
  );
  app.post(
    '/trn/sessions/:id/void',
    { ...filers, schema: { tags, params: idParams, body: voidSchema } },
    async (req) => inTransaction(req, (ctx) => voidSession(ctx, req.params.id, req.body.reason)),
  );
  app.post(
    '/trn/courses/:id/trainees',
    { ...filers, schema: { tags, params: idParams, body: traineeSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => addTrainee(ctx, req.params.id, req.body))),
  );
  // a POST: reading the full names and phones writes an audit entry
  app.post(
    '/trn/courses/:id/trainees/personal',
    { ...filers, schema: { tags, params: idParams } },
    async (req) => inTransaction(req, (ctx) => traineesPersonal(ctx, req.params.id)),
  );
  app.patch(
    '/trn/trainees/:id',
    { ...filers, schema: { tags, params: idParams, body: traineePatchSchema } },
    async (req) => inTransaction(req, (ctx) => updateTrainee(ctx, req.params.id, req.body)),
  );
  app.delete('/trn/trainees/:id', { ...filers, schema: { tags, params: idParams } }, async (req, reply) => {
    await inTransaction(req, (ctx) => removeTrainee(ctx, req.params.id));
    return reply.code(204).send();
  });
  app.post(
    '/trn/purge',
    { config: { access: 'trn.settings' }, schema: { tags, body: purgeSchema } },
    async (req) => inTransaction(req, (ctx) => purgeTrainees(ctx, req.body.retentionDays)),
  );
}
