// Venues' annual assessment: the year's scorecard, a venue's self-report and its expert review, publishing the year's
// results (staff), the on-site check (an accountability inspection of the host unit, linked to the report), and the
// published results (public).

import { recordInspection } from '@kepu/domain/accountability';
import {
  publicVenueResults,
  publishVenueResults,
  recordVenueCheck,
  reviewVenueReport,
  scorecardSchema,
  setScorecard,
  submitVenueReport,
  venueAssessment,
  venueCheckSchema,
  venueCheckTarget,
  venueReportSchema,
  venueReviewSchema,
} from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPlan } from '../../accountability/acc-context.ts';
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
  // the on-site check reuses the inspections and their rectification items: the host unit answers each finding on its
  // rectification page, the office closes it there; the report keeps the inspection's id
  app.post(
    '/svc/venues/:id/reports/:year/check',
    { config: { access: 'svc.venues' }, schema: { tags, params: venueYear, body: venueCheckSchema } },
    async (req, reply) => {
      const { id, year } = req.params;
      const plan = await currentPlan(req);
      const checked = await inTransaction(req, async (ctx) => {
        const target = await venueCheckTarget(ctx, id, year);
        const { inspection, rectifications } = await recordInspection(
          { ...ctx, plan },
          {
            heldOn: req.body.heldOn,
            title: `${target.venue.name} ${year} 年度现场核查`,
            method: '现场核查',
            unitIds: [target.hostUnitId],
            taskNumbers: [],
            summary: req.body.summary,
            findings: req.body.findings.map((f) => ({ ...f, ownerUnitId: target.hostUnitId })),
          },
        );
        return {
          report: await recordVenueCheck(ctx, target.report, inspection.id),
          inspection,
          rectifications,
        };
      });
      return reply.status(201).send(checked);
    },
  );
  app.get(
    '/pub/venue-results/:year',
    { config: { access: 'public' }, schema: { tags, params: yearParams } },
    async (req) => publicVenueResults(readContext(req), req.params.year),
  );
}
