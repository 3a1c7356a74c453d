// Works: the list, a work with its versions, log, reviews and emergencies; create, edit, submit, publish, withdraw.
import {
  createWork,
  editWork,
  listWorks,
  publishWork,
  reasonSchema,
  submitWork,
  withdrawWork,
  workDetail,
  workEditSchema,
  workSchema,
  worksQuerySchema,
} from '@kepu/domain/content';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { forgetReleases } from '../../publication/public-cache.ts';
import { idParams } from '../params.ts';

const tags = ['content'];

export async function workRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/cnt/works',
    { config: { access: 'cnt.read' }, schema: { tags, querystring: worksQuerySchema } },
    async (req) => listWorks(readContext(req), req.query),
  );
  app.post(
    '/cnt/works',
    { config: { access: 'cnt.edit' }, schema: { tags, body: workSchema } },
    async (req, reply) => reply.code(201).send(await inTransaction(req, (ctx) => createWork(ctx, req.body))),
  );
  app.get(
    '/cnt/works/:id',
    { config: { access: 'cnt.read' }, schema: { tags, params: idParams } },
    async (req) => workDetail(readContext(req), req.params.id),
  );
  app.put(
    '/cnt/works/:id',
    { config: { access: 'cnt.edit' }, schema: { tags, params: idParams, body: workEditSchema } },
    async (req) => inTransaction(req, (ctx) => editWork(ctx, req.params.id, req.body)),
  );
  app.post(
    '/cnt/works/:id/submit',
    { config: { access: 'cnt.edit' }, schema: { tags, params: idParams } },
    async (req) => inTransaction(req, (ctx) => submitWork(ctx, req.params.id)),
  );
  app.post(
    '/cnt/works/:id/publish',
    { config: { access: 'cnt.review' }, schema: { tags, params: idParams } },
    async (req) => {
      const w = await inTransaction(req, (ctx) => publishWork(ctx, req.params.id));
      forgetReleases(req); // the portal shows it from the next request on
      return w;
    },
  );
  app.post(
    '/cnt/works/:id/withdraw',
    { config: { access: 'cnt.review' }, schema: { tags, params: idParams, body: reasonSchema } },
    async (req) => {
      const w = await inTransaction(req, (ctx) => withdrawWork(ctx, req.params.id, req.body.reason));
      forgetReleases(req);
      return w;
    },
  );
}
