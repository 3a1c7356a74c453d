// Campaigns and activities for staff: file, move through the workflow, read with sessions and history.
import {
  activityDetail,
  activitySchema,
  campaignSchema,
  createActivity,
  createCampaign,
  listActivities,
  listCampaigns,
  moveActivity,
  moveSchema,
  presentActivity,
} from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['services'];

export async function activityRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/svc/campaigns', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    listCampaigns(readContext(req)),
  );
  app.post(
    '/svc/campaigns',
    { config: { access: 'svc.campaigns' }, schema: { tags, body: campaignSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => createCampaign(ctx, req.body))),
  );
  app.get('/svc/activities', { config: { access: 'svc.ledger.read' }, schema: { tags } }, async (req) =>
    (await listActivities(readContext(req))).map((x) => presentActivity(x.activity, x.sessions)),
  );
  app.post(
    '/svc/activities',
    { config: { access: 'svc.file' }, schema: { tags, body: activitySchema } },
    async (req, reply) => {
      const a = await inTransaction(req, (ctx) => createActivity(ctx, req.body));
      return reply.code(201).send(await detail(req, a.id));
    },
  );
  const detail = async (req: Parameters<typeof readContext>[0], id: number) => {
    const d = await activityDetail(readContext(req), id);
    return { ...presentActivity(d.activity, d.sessions), events: d.events, moves: d.moves };
  };
  app.get(
    '/svc/activities/:id',
    { config: { access: 'svc.ledger.read' }, schema: { tags, params: idParams } },
    async (req) => detail(req, req.params.id),
  );
  app.post(
    '/svc/activities/:id/moves',
    { config: { access: 'svc.file' }, schema: { tags, params: idParams, body: moveSchema } },
    async (req) => {
      await inTransaction(req, (ctx) => moveActivity(ctx, req.params.id, req.body));
      return detail(req, req.params.id);
    },
  );
}
