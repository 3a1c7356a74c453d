// The respondent's routes: no account, the invitation token in the path is the only key (public, rate-limited).
import {
  giveConsent,
  openInvitation,
  presentRespondent,
  saveAnswers,
  saveAnswersSchema,
  submitResponse,
} from '@kepu/domain/survey';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, inTransaction, readContext } from '../../context.ts';

const tags = ['survey'];
const params = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16}$/) });
/** Enough for a respondent saving as they go; a script guessing tokens is slowed down. */
const rateLimit = { max: 120, timeWindow: '1 minute' };

const view = async (ctx: AppContext, token: string) => {
  const { survey, instrument, response } = await openInvitation(ctx, token);
  return presentRespondent(survey, instrument, response);
};

export async function respondRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/s/:token', { config: { access: 'public', rateLimit }, schema: { tags, params } }, async (req) =>
    view(readContext(req), req.params.token),
  );
  app.post(
    '/s/:token/consent',
    {
      config: { access: 'public', rateLimit },
      schema: { tags, params, body: z.strictObject({ device: saveAnswersSchema.shape.device }) },
    },
    async (req) =>
      inTransaction(req, async (ctx) => {
        await giveConsent(ctx, req.params.token, req.body.device ?? null);
        return view(ctx, req.params.token);
      }),
  );
  app.put(
    '/s/:token/answers',
    { config: { access: 'public', rateLimit }, schema: { tags, params, body: saveAnswersSchema } },
    async (req) => {
      await inTransaction(req, (ctx) => saveAnswers(ctx, req.params.token, req.body));
      return { saved: true };
    },
  );
  app.post(
    '/s/:token/submit',
    { config: { access: 'public', rateLimit }, schema: { tags, params } },
    async (req) =>
      inTransaction(req, async (ctx) => {
        await submitResponse(ctx, req.params.token);
        return view(ctx, req.params.token);
      }),
  );
}
