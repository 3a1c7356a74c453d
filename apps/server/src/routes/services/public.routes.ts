// The public side (no account): published activities, registration with a ticket token, the ticket and its one-tap
// cancel and its calendar file, self check-in by an open event's poster, the satisfaction survey after an activity, and the venue list. Rate-limited; the ticket token in the path is the only key.

import { notFound } from '@kepu/domain';
import {
  cancelRegistration,
  feedbackForm,
  feedbackSchema,
  giveFeedback,
  presentActivity,
  presentRegistration,
  presentSession,
  publicActivities,
  publicActivity,
  publicQuerySchema,
  publicVenues,
  register,
  registerSchema,
  selfCheckIn,
  selfCheckInSchema,
  ticket,
  venueQuerySchema,
} from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { ticketCalendar } from '../../services/ticket-calendar.ts';
import { attachment } from '../attachment.ts';
import { idParams, tokenParams } from '../params.ts';

const tags = ['services'];
/** A popular event's opening: many people behind one school or office address; a script guessing tokens slows down. */
const rateLimit = { max: 600, timeWindow: '1 minute' };
/** Registering: a popular event's opening puts a whole school or a carrier's NAT behind one address. */
const registerLimit = { max: 3000, timeWindow: '1 minute' };
/** Survey answers without a ticket: a hall of people answering from one Wi-Fi, but not a script stuffing the results. */
const feedbackLimit = { max: 300, timeWindow: '1 minute' };

export async function publicRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/pub/activities',
    { config: { access: 'public', rateLimit }, schema: { tags, querystring: publicQuerySchema } },
    async (req) =>
      (await publicActivities(readContext(req), req.query)).map((x) =>
        presentActivity(x.activity, x.sessions),
      ),
  );
  app.get(
    '/pub/activities/:id',
    { config: { access: 'public', rateLimit }, schema: { tags, params: idParams } },
    async (req) => {
      const x = await publicActivity(readContext(req), req.params.id);
      return presentActivity(x.activity, x.sessions);
    },
  );
  app.get(
    '/pub/activities/:id/feedback',
    { config: { access: 'public', rateLimit }, schema: { tags, params: idParams } },
    async (req) => feedbackForm(readContext(req), req.params.id),
  );
  app.post(
    '/pub/activities/:id/feedback',
    {
      config: { access: 'public', rateLimit: feedbackLimit },
      schema: { tags, params: idParams, body: feedbackSchema },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => giveFeedback(ctx, req.params.id, req.body))),
  );
  app.post(
    '/pub/registrations',
    { config: { access: 'public', rateLimit: registerLimit }, schema: { tags, body: registerSchema } },
    async (req, reply) => reply.code(201).send(await inTransaction(req, (ctx) => register(ctx, req.body))),
  );
  const ticketView = async (req: Parameters<typeof readContext>[0], token: string) => {
    const t = await ticket(readContext(req), token);
    return {
      token,
      registration: presentRegistration(t.registration),
      activity: {
        id: t.activity.id,
        title: t.activity.title,
        address: t.activity.address,
        areaName: t.activity.areaName,
      },
      session: t.session && presentSession(t.session),
      waitlistPosition: t.waitlistPosition,
    };
  };
  app.get(
    '/pub/tickets/:token',
    { config: { access: 'public', rateLimit }, schema: { tags, params: tokenParams } },
    async (req) => ticketView(req, req.params.token),
  );
  app.get(
    '/pub/tickets/:token/calendar.ics',
    { config: { access: 'public', rateLimit }, schema: { tags, params: tokenParams } },
    async (req, reply) => {
      const t = await ticket(readContext(req), req.params.token);
      if (!t.session) throw notFound('svc.ticket', 'token');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', attachment(`${t.activity.title}.ics`))
        .header('cache-control', 'no-store')
        .send(ticketCalendar({ ...t, session: t.session }, req.server.kepu.clock.now()));
    },
  );
  app.post(
    '/pub/tickets/:token/cancel',
    { config: { access: 'public', rateLimit }, schema: { tags, params: tokenParams } },
    async (req) => {
      await inTransaction(req, (ctx) => cancelRegistration(ctx, req.params.token));
      return ticketView(req, req.params.token);
    },
  );
  app.post(
    '/pub/sessions/:id/self-check-in',
    { config: { access: 'public', rateLimit }, schema: { tags, params: idParams, body: selfCheckInSchema } },
    async (req) => inTransaction(req, (ctx) => selfCheckIn(ctx, req.params.id, req.body)),
  );
  app.get(
    '/pub/venues',
    { config: { access: 'public', rateLimit }, schema: { tags, querystring: venueQuerySchema } },
    async (req) => publicVenues(readContext(req), req.query),
  );
}
