// Fieldwork: invitations (tokens shown once), interviewers' entry, monitoring by district, PSU and group, and the
// quality queue with the analyst's decisions.
import {
  enterInterview,
  fieldworkProgress,
  interviewSchema,
  invitationsSchema,
  issueInvitations,
  presentInvitation,
  presentQualityEntry,
  qualityQueue,
  reviewResponse,
  reviewSchema,
} from '@kepu/domain/survey';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParam, idParams } from '../params.ts';

const tags = ['survey'];

export async function fieldworkRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/survey/surveys/:id/invitations',
    { config: { access: 'survey.manage' }, schema: { tags, params: idParams, body: invitationsSchema } },
    async (req, reply) => {
      const issued = await inTransaction(req, (ctx) => issueInvitations(ctx, req.params.id, req.body));
      return reply.code(201).send(issued.map(presentInvitation));
    },
  );
  app.post(
    '/survey/surveys/:id/interviews',
    { config: { access: 'survey.interview' }, schema: { tags, params: idParams, body: interviewSchema } },
    async (req, reply) => {
      const r = await inTransaction(req, (ctx) => enterInterview(ctx, req.params.id, req.body));
      return reply.code(201).send({ id: r.id });
    },
  );
  app.get(
    '/survey/surveys/:id/fieldwork',
    { config: { access: 'survey.analyse' }, schema: { tags, params: idParams } },
    async (req) => fieldworkProgress(readContext(req), req.params.id),
  );
  app.get(
    '/survey/surveys/:id/quality',
    { config: { access: 'survey.analyse' }, schema: { tags, params: idParams } },
    async (req) => (await qualityQueue(readContext(req), req.params.id)).map(presentQualityEntry),
  );
  app.put(
    '/survey/surveys/:id/responses/:responseId/review',
    {
      config: { access: 'survey.analyse' },
      schema: { tags, params: z.object({ id: idParam, responseId: idParam }), body: reviewSchema },
    },
    async (req) => {
      const r = await inTransaction(req, (ctx) =>
        reviewResponse(ctx, req.params.id, req.params.responseId, req.body),
      );
      return { id: r.id, review: r.review, reviewReason: r.reviewReason };
    },
  );
}
