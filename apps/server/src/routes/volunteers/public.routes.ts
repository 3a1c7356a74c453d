// The volunteers' public side (no account): registration, open opportunities, the volunteer's own page by the key
// given at registration (sign up, cancel, report hours, export, ask for deletion, certificate PDFs), certificate
// verification by number and the star volunteers who agreed to be shown. Names are masked in every answer here
// except the volunteer's own data export. Rate-limited.
import {
  cancelSignup,
  certificateNumberSchema,
  exportOwnData,
  openOpportunities,
  ownPage,
  presentOwnVolunteer,
  presentPublicHours,
  presentPublicSignup,
  presentStar,
  publicStars,
  publicTeams,
  registerVolunteer,
  requestDeletion,
  selfReport,
  selfReportSchema,
  signUp,
  verifyCertificate,
  volunteerRegisterSchema,
} from '@kepu/domain/volunteers';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { attachment } from '../attachment.ts';
import { idParam } from '../params.ts';
import { sendCertificate } from './certificates.routes.ts';

const tags = ['volunteers'];
const key = z.string().regex(/^[A-Z2-7]{16}$/);
const keyParams = z.object({ key });
const signupParams = z.object({ key, id: idParam });
const certParams = certificateNumberSchema.extend({ key });
const rateLimit = { max: 600, timeWindow: '1 minute' };
const config = { access: 'public', rateLimit } as const;

async function ownView(req: FastifyRequest, k: string) {
  const p = await ownPage(readContext(req), k);
  return {
    volunteer: presentOwnVolunteer(p.volunteer),
    signups: p.signups.map(presentPublicSignup),
    hours: p.hours.map(presentPublicHours),
    certificates: p.certificates.map((c) => ({
      number: c.number,
      hours: c.hours,
      issuer: c.issuer,
      revoked: !!c.revokedAt,
    })),
    starHours: p.starHours,
  };
}

export async function publicVolunteerRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/pub/vol/volunteers',
    { config, schema: { tags, body: volunteerRegisterSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => registerVolunteer(ctx, req.body))),
  );
  app.get('/pub/vol/teams', { config, schema: { tags } }, async (req) => publicTeams(readContext(req)));
  app.get('/pub/vol/opportunities', { config, schema: { tags } }, async (req) =>
    (await openOpportunities(readContext(req))).map(({ areaPath: _, ...o }) => o),
  );
  app.get('/pub/vol/stars', { config, schema: { tags } }, async (req) =>
    (await publicStars(readContext(req))).map((x) => presentStar(x.volunteer, x.team)),
  );
  app.get(
    '/pub/vol/certificates/:number',
    { config, schema: { tags, params: certificateNumberSchema } },
    async (req) => verifyCertificate(readContext(req), req.params.number),
  );
  app.get('/pub/vol/me/:key', { config, schema: { tags, params: keyParams } }, async (req) =>
    ownView(req, req.params.key),
  );
  app.post(
    '/pub/vol/me/:key/signups/:id',
    { config, schema: { tags, params: signupParams } },
    async (req) => {
      await inTransaction(req, (ctx) => signUp(ctx, req.params.key, req.params.id));
      return ownView(req, req.params.key);
    },
  );
  app.post(
    '/pub/vol/me/:key/signups/:id/cancel',
    { config, schema: { tags, params: signupParams } },
    async (req) => {
      await inTransaction(req, (ctx) => cancelSignup(ctx, req.params.key, req.params.id));
      return ownView(req, req.params.key);
    },
  );
  app.post(
    '/pub/vol/me/:key/hours',
    { config, schema: { tags, params: keyParams, body: selfReportSchema } },
    async (req, reply) => {
      await inTransaction(req, (ctx) => selfReport(ctx, req.params.key, req.body));
      return reply.code(201).send(await ownView(req, req.params.key));
    },
  );
  app.get('/pub/vol/me/:key/export', { config, schema: { tags, params: keyParams } }, async (req, reply) => {
    const data = await inTransaction(req, (ctx) => exportOwnData(ctx, req.params.key));
    return reply.header('content-disposition', attachment('我的志愿者数据.json')).send(data);
  });
  app.post('/pub/vol/me/:key/deletion', { config, schema: { tags, params: keyParams } }, async (req) =>
    inTransaction(req, (ctx) => requestDeletion(ctx, req.params.key)),
  );
  app.get(
    '/pub/vol/me/:key/certificates/:number/pdf',
    { config, schema: { tags, params: certParams } },
    async (req, reply) => sendCertificate(req, reply, req.params.number, req.params.key),
  );
}
