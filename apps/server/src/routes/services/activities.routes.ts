// Campaigns and activities for staff: file, move through the workflow, read with sessions and history; a campaign's
// report (JSON, Excel, and the districts map as SVG).
import {
  activityDetail,
  activityMessages,
  activitySchema,
  campaignReport,
  campaignSchema,
  createActivity,
  createCampaign,
  feedbackResults,
  listActivities,
  listCampaigns,
  moveActivity,
  moveSchema,
  presentActivity,
} from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { districtMap } from '../../publication/map-svg.ts';
import { campaignWorkbook } from '../../services/campaign-report.xlsx.ts';
import { smsSettings } from '../../services/sms.ts';
import { attachment } from '../attachment.ts';
import { idParams } from '../params.ts';

const tags = ['services'];

export async function activityRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/svc/campaigns', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    listCampaigns(readContext(req)),
  );
  app.get(
    '/svc/campaigns/:id/report',
    { config: { access: 'svc.ledger.read' }, schema: { tags, params: idParams } },
    async (req) => campaignReport(readContext(req), req.params.id),
  );
  app.get(
    '/svc/campaigns/:id/report.xlsx',
    { config: { access: 'svc.ledger.read' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      const ctx = readContext(req);
      const report = await campaignReport(ctx, req.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment(`${report.campaign.name}-${report.root.name}活动报告.xlsx`))
        .header('x-content-type-options', 'nosniff')
        .send(await campaignWorkbook(report, ctx.clock));
    },
  );
  app.get(
    '/svc/campaigns/:id/map.svg',
    { config: { access: 'svc.ledger.read' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      const r = await campaignReport(readContext(req), req.params.id);
      // the districts shaded by their share of the most participants, each labelled with its figure
      const most = Math.max(1, ...r.districts.map((d) => d.participants));
      const values = new Map(
        r.districts.map((d) => [d.areaCode, d.participants ? (100 * d.participants) / most : null]),
      );
      const svg = districtMap(
        r.root.code,
        values,
        (v) => (v === null ? '无参加记录' : `${Math.round((v * most) / 100)} 人次`),
        `${r.campaign.name}：各区县参加人次`,
      );
      if (!svg) return reply.code(204).send();
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .send(svg);
    },
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
  app.get(
    '/svc/activities/:id/feedback',
    { config: { access: 'svc.ledger.read' }, schema: { tags, params: idParams } },
    async (req) => feedbackResults(readContext(req), req.params.id),
  );
  app.get(
    '/svc/activities/:id/messages',
    { config: { access: 'svc.ledger.read' }, schema: { tags, params: idParams } },
    async (req) => activityMessages(readContext(req), req.params.id, smsSettings() !== null),
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
