// Venues' annual assessment: the year's scorecard, a venue's self-report and its expert review, publishing the year's
// results (staff), and the published results (public).
import {
  publicVenueResults,
  publishVenueResults,
  reviewVenueReport,
  scorecardSchema,
  setScorecard,
  submitVenueReport,
  venueAssessment,
  venueReportSchema,
  venueReviewSchema,
} from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParam, yearParam, yearParams } from '../params.ts';

const tags = ['services'];
const venueYear = z.object({ id: idParam, year: yearParam });

export async function venueReportRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/svc/venue-assessment/:year',
    { config: { access: 'svc.ledger.read' }, schema: { tags, params: yearParams } },
    async (req) => venueAssessment(readContext(req), req.params.year),
  );
  app.put(
    '/svc/venue-assessment/:year/scorecard',
    { config: { access: 'svc.venues' }, schema: { tags, params: yearParams, body: scorecardSchema } },
    async (req) => inTransaction(req, (ctx) => setScorecard(ctx, req.params.year, req.body)),
  );
  app.post(
    '/svc/venue-assessment/:year/publish',
    { config: { access: 'svc.venues' }, schema: { tags, params: yearParams } },
    async (req) => inTransaction(req, (ctx) => publishVenueResults(ctx, req.params.year)),
  );
  app.post(
    '/svc/venues/:id/reports/:year',
    { config: { access: 'svc.visits' }, schema: { tags, params: venueYear, body: venueReportSchema } },
    async (req) =>
      inTransaction(req, (ctx) => submitVenueReport(ctx, req.params.id, req.params.year, req.body)),
  );
  app.post(
    '/svc/venues/:id/reports/:year/review',
    { config: { access: 'svc.venues' }, schema: { tags, params: venueYear, body: venueReviewSchema } },
    async (req) =>
      inTransaction(req, (ctx) => reviewVenueReport(ctx, req.params.id, req.params.year, req.body)),
  );
  app.get(
    '/pub/venue-results/:year',
    { config: { access: 'public' }, schema: { tags, params: yearParams } },
    async (req) => publicVenueResults(readContext(req), req.params.year),
  );
}
