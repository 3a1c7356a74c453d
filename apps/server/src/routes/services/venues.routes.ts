// Venues and bases for staff: registry, accreditation status with reason and document number, slots, group
// bookings (public: a school books without an account, and sees or cancels it by its link; staff cancel with a
// reason) and visits to the ledger.
import {
  addSlots,
  bookingSchema,
  bookSlot,
  cancelBookingByStaff,
  cancelBookingByToken,
  createVenue,
  listVenues,
  publicBooking,
  publicVenue,
  recordVisit,
  setVenueStatus,
  slotsSchema,
  venueBookings,
  venueDetail,
  venueSchema,
  venueStatusSchema,
  visitSchema,
  voidSchema,
} from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams, tokenParams } from '../params.ts';

const tags = ['services'];

export async function venueRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/svc/venues', { config: { access: 'svc.ledger.read' }, schema: { tags } }, async (req) =>
    listVenues(readContext(req)),
  );
  app.post(
    '/svc/venues',
    { config: { access: 'svc.venues' }, schema: { tags, body: venueSchema } },
    async (req, reply) => reply.code(201).send(await inTransaction(req, (ctx) => createVenue(ctx, req.body))),
  );
  app.get(
    '/svc/venues/:id',
    { config: { access: 'svc.ledger.read' }, schema: { tags, params: idParams } },
    async (req) => venueDetail(readContext(req), req.params.id),
  );
  app.get(
    '/svc/venues/:id/bookings',
    { config: { access: 'svc.visits' }, schema: { tags, params: idParams } },
    async (req) => venueBookings(readContext(req), req.params.id),
  );
  app.get(
    '/pub/venues/:id',
    { config: { access: 'public' }, schema: { tags, params: idParams } },
    async (req) => publicVenue(readContext(req), req.params.id),
  );
  app.post(
    '/svc/venues/:id/status',
    { config: { access: 'svc.venues' }, schema: { tags, params: idParams, body: venueStatusSchema } },
    async (req) => inTransaction(req, (ctx) => setVenueStatus(ctx, req.params.id, req.body)),
  );
  app.post(
    '/svc/venues/:id/slots',
    { config: { access: 'svc.venues' }, schema: { tags, params: idParams, body: slotsSchema } },
    async (req) => inTransaction(req, (ctx) => addSlots(ctx, req.params.id, req.body.slots)),
  );
  app.post(
    '/pub/bookings',
    {
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags, body: bookingSchema },
    },
    async (req, reply) => reply.code(201).send(await inTransaction(req, (ctx) => bookSlot(ctx, req.body))),
  );
  app.get(
    '/pub/bookings/:token',
    {
      config: { access: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: { tags, params: tokenParams },
    },
    async (req) => publicBooking(readContext(req), req.params.token),
  );
  app.post(
    '/pub/bookings/:token/cancel',
    {
      config: { access: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: { tags, params: tokenParams },
    },
    async (req) => inTransaction(req, (ctx) => cancelBookingByToken(ctx, req.params.token)),
  );
  app.post(
    '/svc/bookings/:id/cancel',
    { config: { access: 'svc.visits' }, schema: { tags, params: idParams, body: voidSchema } },
    async (req) => inTransaction(req, (ctx) => cancelBookingByStaff(ctx, req.params.id, req.body.reason)),
  );
  app.post(
    '/svc/venues/:id/visits',
    { config: { access: 'svc.visits' }, schema: { tags, params: idParams, body: visitSchema } },
    async (req) => inTransaction(req, (ctx) => recordVisit(ctx, req.params.id, req.body)),
  );
}
